using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Scores both stages from one table probe a feature. Stage two sees the same features as stage one plus up to three
/// document-hint features a token, so the union of both stages' keys maps to a 32-float row (stage one's 13 weights,
/// padded to 16, then stage two's). Stage one's pass also sums stage two's non-hint weights; stage two then only adds its
/// hint rows. The sums run in the same order as scoring each stage alone, so the scores are bit-identical.
/// </summary>
internal sealed class TwoStageScorer
{
    private const int L = EntityLabels.Count;
    private const int Half = 16;

    /// <summary>The floats of a merged row: stage one's 13 weights padded to 16, then stage two's.</summary>
    public const int Stride = 2 * Half;

    private readonly FeatureTable _table;
    private readonly float[] _rows;

    /// <summary>Merges two stages whose keys are in ascending order (as a model file stores them).</summary>
    public TwoStageScorer(StageWeights first, StageWeights second)
    {
        var keys = new ulong[first.Keys.Length + second.Keys.Length];
        var rows = new List<(int First, int Second)>(keys.Length);
        int a = 0, b = 0, count = 0;
        while (a < first.Keys.Length || b < second.Keys.Length)
        {
            var keyA = a < first.Keys.Length ? first.Keys[a] : ulong.MaxValue;
            var keyB = b < second.Keys.Length ? second.Keys[b] : ulong.MaxValue;
            var takeA = a < first.Keys.Length && keyA <= keyB;
            var takeB = b < second.Keys.Length && keyB <= keyA;
            keys[count++] = takeA ? keyA : keyB;
            rows.Add((takeA ? a++ : -1, takeB ? b++ : -1));
        }

        _table = new FeatureTable(keys.AsSpan(0, count));
        _rows = new float[count * Stride];
        for (var row = 0; row < count; row++)
        {
            if (rows[row].First >= 0)
            {
                first.Emissions.AsSpan(rows[row].First * L, L).CopyTo(_rows.AsSpan(row * Stride, L));
            }

            if (rows[row].Second >= 0)
            {
                second.Emissions.AsSpan(rows[row].Second * L, L).CopyTo(_rows.AsSpan((row * Stride) + Half, L));
            }
        }
    }

    /// <summary>Adds stage two's weights of one feature, if the model has it, to a token's 13 scores.</summary>
    public void AddSecond(ulong key, Span<float> scores)
    {
        var row = _table.Find(key);
        if (row >= 0)
        {
            var weights = _rows.AsSpan((row * Stride) + Half, L);
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
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var a = Vector256<float>.Zero;
        var b = Vector256<float>.Zero;
        var c = Vector256<float>.Zero;
        var d = Vector256<float>.Zero;
        foreach (var key in keys)
        {
            var row = _table.Find(key);
            if (row >= 0)
            {
                var offset = (nuint)(row * Stride);
                a += Vector256.LoadUnsafe(ref rows, offset);
                b += Vector256.LoadUnsafe(ref rows, offset + 8);
                c += Vector256.LoadUnsafe(ref rows, offset + Half);
                d += Vector256.LoadUnsafe(ref rows, offset + Half + 8);
            }
        }

        Span<float> padded = stackalloc float[Stride];
        a.CopyTo(padded);
        b.CopyTo(padded[8..]);
        c.CopyTo(padded[Half..]);
        d.CopyTo(padded[(Half + 8)..]);
        padded[..L].CopyTo(sum);
        padded.Slice(Half, L).CopyTo(sum[L..]);
    }

    /// <summary>
    /// Scores a window's tokens for both stages from the word cache: a word's own sum, the sums its neighbours
    /// contribute in their roles, then its context features (<see cref="FeatureExtractor.ContextFeatures"/>) from the
    /// table. Writes <c>n × 13</c> scores to <paramref name="first"/> and <paramref name="second"/>.
    /// </summary>
    public void Score(WordCache cache, ReadOnlySpan<int> entries, ReadOnlySpan<TokenFacts> facts, Span<float> first, Span<float> second)
    {
        Span<float> sum = stackalloc float[Stride];
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var n = facts.Length;
        var style = FeatureExtractor.Style(facts);
        for (var i = 0; i < n; i++)
        {
            // Cached sums are 26 floats: a and b read stage one (b's last 3 lanes are stage two's and go unused),
            // c and d read stage two from float 13 (d's last 3 lanes run past the sum and go unused). Table rows are
            // padded to 16 floats a stage, so their lanes line up with the same accumulators.
            ref var own = ref cache.Sum(entries[i], 0);
            var a = Vector256.LoadUnsafe(ref own);
            var b = Vector256.LoadUnsafe(ref own, 8);
            var c = Vector256.LoadUnsafe(ref own, L);
            var d = Vector256.LoadUnsafe(ref own, L + 8);
            if (FeatureExtractor.HasContext(facts[i].Kind))
            {
                for (var role = Neighbour.Previous; role <= Neighbour.SecondNext; role++)
                {
                    var j = i + FeatureExtractor.Offset(role);
                    ref var part = ref j >= 0 && j < n ? ref cache.Sum(entries[j], WordCache.Group(role)) : ref cache.Edge(role);
                    a += Vector256.LoadUnsafe(ref part);
                    b += Vector256.LoadUnsafe(ref part, 8);
                    c += Vector256.LoadUnsafe(ref part, L);
                    d += Vector256.LoadUnsafe(ref part, L + 8);
                }

                var count = FeatureExtractor.ContextFeatures(facts, i, style, 0, keys);
                foreach (var key in keys[..count])
                {
                    var row = _table.Find(key);
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

            a.CopyTo(sum);
            b.CopyTo(sum[8..]);
            c.CopyTo(sum[Half..]);
            d.CopyTo(sum[(Half + 8)..]);
            sum[..L].CopyTo(first.Slice(i * L, L));
            sum.Slice(Half, L).CopyTo(second.Slice(i * L, L));
        }
    }
}
