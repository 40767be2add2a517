using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The emission weights of both stages, one merged row a feature key: stage two sees the same features as stage one
/// plus up to three document-hint features a token, so the union of both stages' keys maps to a 32-float row (stage
/// one's 13 weights padded to 16, then stage two's; a one-stage model leaves stage two's at zero), and one table probe
/// serves both stages. It finds rows and sums them; the word cache keeps the sums of words, and
/// <see cref="WindowScorer"/> adds a window's up from both. Immutable, read in place from the model file.
/// </summary>
internal sealed unsafe class EmissionTable
{

    /// <summary>Where stage two's weights start in a merged row.</summary>
    public const int Half = EntityLabels.Lanes;

    /// <summary>The floats of a merged row: stage one's 13 weights padded to 16, then stage two's.</summary>
    public const int Stride = 2 * Half;

    private readonly FeatureTable _table;
    private readonly ModelMemory _memory;
    private readonly float* _rows;

    /// <summary>The row of each dense context feature (<see cref="DenseFeatures.Key"/>), or -1.</summary>
    private readonly int[] _denseRows = new int[DenseFeatures.Count];

    /// <summary>
    /// A scorer over a feature table and its merged rows (<see cref="Stride"/> floats a row, padding zero) at
    /// <paramref name="rows"/> in <paramref name="memory"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A weight is not a finite number.</exception>
    public EmissionTable(FeatureTable table, ModelMemory memory, float* rows)
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
            _denseRows[index] = table.Find(DenseFeatures.Key(index));
        }
    }

    /// <summary>The feature table.</summary>
    public FeatureTable Table => _table;

    /// <summary>The merged rows, <see cref="Stride"/> floats each.</summary>
    public ReadOnlySpan<float> Rows => new(_rows, checked(_table.RowCount * Stride));

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

    /// <summary>The first float of the merged rows, for the scoring loop's vector reads.</summary>
    public ref float RowsStart => ref *_rows;

    /// <summary>The row of a dense context feature (<see cref="DenseFeatures"/> index), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DenseRow(int index) => _denseRows[index];

    /// <summary>The row of a hashed feature key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(ulong key) => _table.Find(key);

    /// <summary>Asks the processor to start fetching the table slot of a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key) => _table.Prefetch(key);

    /// <summary>Adds stage two's weights of one feature, if the model has it, to a token's 13 scores.</summary>
    public void AddSecond(ulong key, Span<float> scores)
    {
        var row = _table.Find(key);
        if (row >= 0)
        {
            var weights = new ReadOnlySpan<float>(_rows + (row * Stride) + Half, EntityLabels.Count);
            for (var y = 0; y < EntityLabels.Count; y++)
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
            sum.Store(padded, destination[..EntityLabels.Count], destination[EntityLabels.Count..]);
            start = ends[g];
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
            padded[..EntityLabels.Count].CopyTo(first);
            padded.Slice(Half, EntityLabels.Count).CopyTo(second);
        }
    }
}
