using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Scores both stages from one table probe a feature. Stage two sees the same features as stage one plus up to three
/// document-hint features a token, so the union of both stages' keys maps to a 32-float row (stage one's 13 weights,
/// padded to 16, then stage two's; a one-stage model leaves stage two's at zero). Stage one's pass also sums stage
/// two's non-hint weights; stage two then only adds its hint rows. The sums run in the same order as scoring each stage
/// alone, so the scores are bit-identical.
/// </summary>
internal sealed unsafe class TwoStageScorer
{
    private const int L = EntityLabels.Count;
    private const int Half = 16;

    /// <summary>The floats of a merged row: stage one's 13 weights padded to 16, then stage two's.</summary>
    public const int Stride = 2 * Half;

    private readonly FeatureTable _table;
    private readonly ModelMemory _memory;
    private readonly float* _rows;

    /// <summary>The row of each dense context feature (<see cref="FeatureExtractor.DenseKey"/>), or -1.</summary>
    private readonly int[] _denseRows = new int[FeatureExtractor.DenseCount];

    /// <summary>
    /// A scorer over a feature table and its merged rows (<see cref="Stride"/> floats a row, padding zero) at
    /// <paramref name="rows"/> in <paramref name="memory"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A weight is not a finite number.</exception>
    public TwoStageScorer(FeatureTable table, ModelMemory memory, float* rows)
    {
        _table = table;
        _memory = memory;
        _rows = rows;
        if (!AllFinite(Rows))
        {
            throw new InvalidDataException("A weight is not a finite number.");
        }

        for (var index = 0; index < _denseRows.Length; index++)
        {
            _denseRows[index] = table.Find(FeatureExtractor.DenseKey(index));
        }
    }

    /// <summary>The feature table.</summary>
    public FeatureTable Table => _table;

    /// <summary>The merged rows, <see cref="Stride"/> floats each.</summary>
    public ReadOnlySpan<float> Rows => new(_rows, checked(_table.RowCount * Stride));

    /// <summary>
    /// Merges the emission weights of trained stages into one table: the union of their keys in ascending order, each
    /// row holding the first stage's weights of the key and the second's (zero where a stage lacks the key).
    /// </summary>
    public static TwoStageScorer Merge(LinearChainWeights first, LinearChainWeights? second)
    {
        var a = SortedRows(first);
        var b = second is null ? [] : SortedRows(second);
        var keys = new List<ulong>(a.Length + b.Length);
        var rows = new List<(int First, int Second)>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var keyA = i < a.Length ? a[i].Key : ulong.MaxValue;
            var keyB = j < b.Length ? b[j].Key : ulong.MaxValue;
            var takeA = i < a.Length && keyA <= keyB;
            var takeB = j < b.Length && keyB <= keyA;
            keys.Add(takeA ? keyA : keyB);
            rows.Add((takeA ? a[i++].Row : -1, takeB ? b[j++].Row : -1));
        }

        // Weights are kept at half precision, which costs no accuracy and lets the model file compress.
        var memory = ModelMemory.Allocate<float>(rows.Count * Stride);
        var merged = new Span<float>(memory.Start, rows.Count * Stride);
        for (var row = 0; row < rows.Count; row++)
        {
            if (rows[row].First >= 0)
            {
                Round(first.EmissionRow(rows[row].First), merged.Slice(row * Stride, L));
            }

            if (rows[row].Second >= 0)
            {
                Round(second!.EmissionRow(rows[row].Second), merged.Slice((row * Stride) + Half, L));
            }
        }

        return new TwoStageScorer(new FeatureTable(CollectionsMarshal.AsSpan(keys)), memory, (float*)memory.Start);
    }

    private static void Round(ReadOnlySpan<float> weights, Span<float> destination)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            destination[i] = (float)(System.Half)weights[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllFinite(ReadOnlySpan<float> values)
    {
        // x - x is 0 for a finite x and NaN for infinities and NaN, so one NaN check covers the block.
        var i = 0;
        var acc = Vector256<float>.Zero;
        for (; i + Vector256<float>.Count <= values.Length; i += Vector256<float>.Count)
        {
            var v = Vector256.Create(values.Slice(i, Vector256<float>.Count));
            acc += v - v;
        }

        var finite = acc == Vector256<float>.Zero;
        for (; i < values.Length; i++)
        {
            finite &= float.IsFinite(values[i]);
        }

        return finite;
    }

    private static (ulong Key, int Row)[] SortedRows(LinearChainWeights weights)
    {
        var rows = new (ulong Key, int Row)[weights.Keys.Length];
        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = (weights.Keys[row], row);
        }

        Array.Sort(rows);
        return rows;
    }

    /// <summary>Adds stage two's weights of one feature, if the model has it, to a token's 13 scores.</summary>
    public void AddSecond(ulong key, Span<float> scores)
    {
        var row = _table.Find(key);
        if (row >= 0)
        {
            var weights = new ReadOnlySpan<float>(_rows + (row * Stride) + Half, L);
            for (var y = 0; y < L; y++)
            {
                scores[y] += weights[y];
            }
        }
    }

    /// <summary>
    /// Writes the merged rows of <paramref name="keys"/>, summed in order from zero, to <paramref name="sum"/> as
    /// <see cref="WordCache.SumLength"/> floats: stage one's 13, then stage two's.
    /// </summary>
    public void Sum(ReadOnlySpan<ulong> keys, Span<float> sum)
    {
        Span<int> rows = stackalloc int[keys.Length];
        Locate(keys, rows);
        SumRows(rows, [keys.Length], sum);
    }

    /// <summary>
    /// Writes the row of each key (-1 for none) to <paramref name="rows"/>: all the table slots are requested from
    /// memory first, then all the rows found, so that their cache misses overlap instead of following one another.
    /// </summary>
    public void Locate(ReadOnlySpan<ulong> keys, Span<int> rows)
    {
        foreach (var key in keys)
        {
            _table.Prefetch(key);
        }

        for (var k = 0; k < keys.Length; k++)
        {
            var row = _table.Find(keys[k]);
            rows[k] = row;
            if (row >= 0 && Sse.IsSupported)
            {
                Sse.Prefetch0(_rows + (row * Stride));
                Sse.Prefetch0(_rows + (row * Stride) + Half);
            }
        }
    }

    /// <summary>
    /// Sums groups of rows (from <see cref="Locate"/>): group <c>g</c> is <c>rows[ends[g - 1]..ends[g]]</c>, summed in
    /// order from zero, and its sum goes to <c>sums[(g * WordCache.SumLength)..]</c>.
    /// </summary>
    public void SumRows(ReadOnlySpan<int> found, ReadOnlySpan<int> ends, Span<float> sums)
    {
        ref var rows = ref *_rows;
        Span<float> padded = stackalloc float[Stride];
        var start = 0;
        for (var g = 0; g < ends.Length; g++)
        {
            var sum = default(RowSum);
            foreach (var row in found[start..ends[g]])
            {
                if (row >= 0)
                {
                    sum.AddRow(ref rows, row);
                }
            }

            var destination = sums.Slice(g * WordCache.SumLength, WordCache.SumLength);
            sum.Store(padded, destination[..L], destination[L..]);
            start = ends[g];
        }
    }

    /// <summary>
    /// Scores a window's tokens for both stages from the word cache: a word's own sum, the sums its neighbours
    /// contribute in their roles, then its context features (<see cref="FeatureExtractor.ContextFeatures"/>) from the
    /// table. Writes <c>n × 13</c> scores to <paramref name="first"/> and <paramref name="second"/>.
    /// </summary>
    /// <remarks>
    /// The context keys of every token are computed first (into <paramref name="contextKeys"/>,
    /// <see cref="FeatureExtractor.MaxContextFeatures"/> a token, and <paramref name="contextCounts"/>), so that the
    /// table slots of the token two ahead can be requested from memory while this one is summed; the cached sums of the
    /// token four ahead (the five groups that it and its neighbours read) are requested too.
    /// </remarks>
    public void Score(WordCache cache, ReadOnlySpan<int> entries, ReadOnlySpan<TokenFacts> facts, Span<float> first, Span<float> second,
        Span<ulong> contextKeys, Span<int> contextCounts)
    {
        const int PerToken = FeatureExtractor.MaxContextFeatures;
        const int Ahead = 2;
        const int SumsAhead = 4;
        ref var rows = ref *_rows;
        for (var i = 0; i < Math.Min(SumsAhead, facts.Length); i++)
        {
            cache.PrefetchSums(entries[i]);
        }

        Span<float> padded = stackalloc float[Stride];
        var n = facts.Length;
        var style = FeatureExtractor.Style(facts);
        for (var i = 0; i < n; i++)
        {
            contextCounts[i] = FeatureExtractor.HasContext(facts[i].Kind)
                ? FeatureExtractor.ContextFeatures(facts, i, style, 0, contextKeys.Slice(i * PerToken, PerToken), denseIndexes: true)
                : 0;
        }

        for (var i = 0; i < Math.Min(Ahead, n); i++)
        {
            PrefetchContext(contextKeys.Slice(i * PerToken, contextCounts[i]));
        }

        for (var i = 0; i < n; i++)
        {
            if (i + Ahead < n)
            {
                PrefetchContext(contextKeys.Slice((i + Ahead) * PerToken, contextCounts[i + Ahead]));
            }

            if (i + SumsAhead < n)
            {
                cache.PrefetchSums(entries[i + SumsAhead]);
            }

            // Cached sums are 26 floats: a and b read stage one (b's last 3 lanes are stage two's and go unused),
            // c and d read stage two from float 13 (d's last 3 lanes run past the sum and go unused). Table rows are
            // padded to 16 floats a stage, so their lanes line up with the same accumulators. (Written out rather than
            // through RowSum, which costs this loop about 1.5%.)
            ref var own = ref cache.Sum(entries[i], 0);
            var a = Vector256.LoadUnsafe(ref own);
            var b = Vector256.LoadUnsafe(ref own, 8);
            var c = Vector256.LoadUnsafe(ref own, L);
            var d = Vector256.LoadUnsafe(ref own, L + 8);
            if (FeatureExtractor.HasContext(facts[i].Kind))
            {
                // The neighbours' role sums in role order (Previous, SecondPrevious, Next, SecondNext).
                ref var previous = ref i >= 1 ? ref cache.Sum(entries[i - 1], WordCache.Group(Neighbour.Previous)) : ref cache.Edge(Neighbour.Previous);
                Add(ref previous, ref a, ref b, ref c, ref d);
                ref var second2 = ref i >= 2 ? ref cache.Sum(entries[i - 2], WordCache.Group(Neighbour.SecondPrevious)) : ref cache.Edge(Neighbour.SecondPrevious);
                Add(ref second2, ref a, ref b, ref c, ref d);
                ref var next = ref i + 1 < n ? ref cache.Sum(entries[i + 1], WordCache.Group(Neighbour.Next)) : ref cache.Edge(Neighbour.Next);
                Add(ref next, ref a, ref b, ref c, ref d);
                ref var next2 = ref i + 2 < n ? ref cache.Sum(entries[i + 2], WordCache.Group(Neighbour.SecondNext)) : ref cache.Edge(Neighbour.SecondNext);
                Add(ref next2, ref a, ref b, ref c, ref d);

                var keys = contextKeys.Slice(i * PerToken, contextCounts[i]);
                for (var k = 0; k < keys.Length; k++)
                {
                    var row = ((FeatureExtractor.DenseContextPositions >> k) & 1) != 0 ? _denseRows[(int)keys[k]] : _table.Find(keys[k]);
                    if (row >= 0)
                    {
                        var offset = (nuint)(row * Stride);
                        a += Vector256.LoadUnsafe(ref rows, offset);
                        b += Vector256.LoadUnsafe(ref rows, offset + 8);
                        c += Vector256.LoadUnsafe(ref rows, offset + Half);
                        d += Vector256.LoadUnsafe(ref rows, offset + Half + 8);
                    }
                }
            }

            if (i + 1 < n)
            {
                // 16 floats a stage from the row's start: the 3 beyond it are the next row's, written next.
                ref var firstRow = ref first[i * L];
                a.StoreUnsafe(ref firstRow);
                b.StoreUnsafe(ref firstRow, 8);
                ref var secondRow = ref second[i * L];
                c.StoreUnsafe(ref secondRow);
                d.StoreUnsafe(ref secondRow, 8);
            }
            else
            {
                a.CopyTo(padded);
                b.CopyTo(padded[8..]);
                c.CopyTo(padded[Half..]);
                d.CopyTo(padded[(Half + 8)..]);
                padded[..L].CopyTo(first.Slice(i * L, L));
                padded.Slice(Half, L).CopyTo(second.Slice(i * L, L));
            }
        }
    }

    /// <summary>Adds a cached 26-float sum to the four accumulators (see <see cref="Score"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref float sum, ref Vector256<float> a, ref Vector256<float> b, ref Vector256<float> c, ref Vector256<float> d)
    {
        a += Vector256.LoadUnsafe(ref sum);
        b += Vector256.LoadUnsafe(ref sum, 8);
        c += Vector256.LoadUnsafe(ref sum, L);
        d += Vector256.LoadUnsafe(ref sum, L + 8);
    }

    /// <summary>Requests the table slots of a token's hashed context features (the dense ones need none).</summary>
    private void PrefetchContext(ReadOnlySpan<ulong> keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (((FeatureExtractor.DenseContextPositions >> k) & 1) == 0)
            {
                _table.Prefetch(keys[k]);
            }
        }
    }

    /// <summary>
    /// Both stages' 13 scores of a group of rows being summed, in four 8-float vectors: a and b hold stage one (lanes
    /// 0-15), c and d stage two; a table row is padded to 16 floats a stage, so its lanes line up directly.
    /// </summary>
    private struct RowSum
    {
        private Vector256<float> _a;
        private Vector256<float> _b;
        private Vector256<float> _c;
        private Vector256<float> _d;

        /// <summary>Adds a merged table row.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddRow(ref float rows, int row)
        {
            var offset = (nuint)(row * Stride);
            _a += Vector256.LoadUnsafe(ref rows, offset);
            _b += Vector256.LoadUnsafe(ref rows, offset + 8);
            _c += Vector256.LoadUnsafe(ref rows, offset + Half);
            _d += Vector256.LoadUnsafe(ref rows, offset + Half + 8);
        }

        /// <summary>
        /// Writes stage one's 13 scores to <paramref name="first"/> and stage two's to <paramref name="second"/>, through
        /// <paramref name="padded"/> (<see cref="Stride"/> floats of the caller's).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Store(Span<float> padded, Span<float> first, Span<float> second)
        {
            _a.CopyTo(padded);
            _b.CopyTo(padded[8..]);
            _c.CopyTo(padded[Half..]);
            _d.CopyTo(padded[(Half + 8)..]);
            padded[..L].CopyTo(first);
            padded.Slice(Half, L).CopyTo(second);
        }
    }
}
