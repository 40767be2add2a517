using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The emission weights of both stages, one merged row a feature key: stage two sees the same features as stage one
/// plus up to three document-hint features a token, so the union of both stages' keys maps to a 32-weight row (stage
/// one's 13 weights padded to 16, then stage two's; a one-stage model leaves stage two's at zero), and one table probe
/// serves both stages. Weights are IEEE half-precision numbers (normal or zero), so a row is 64 bytes, one cache line's
/// worth; sums are single precision and the conversion is exact (<see cref="Accumulate"/>). It finds rows and sums them; the
/// word cache keeps the sums of words, and <see cref="WindowScorer"/> adds a window's up from both. Immutable, read in
/// place from the model file.
/// </summary>
internal sealed unsafe class EmissionTable
{

    /// <summary>Where stage two's weights start in a merged row.</summary>
    public const int Half = EntityLabels.Lanes;

    /// <summary>The weights of a merged row: stage one's 13 padded to 16, then stage two's.</summary>
    public const int Stride = 2 * Half;

    private readonly FeatureTable _table;
    private readonly ModelMemory _memory;
    private readonly ushort* _rows;

    /// <summary>The row of each dense context feature (<see cref="DenseFeatures.Key"/>), or -1.</summary>
    private readonly int[] _denseRows = new int[DenseFeatures.Count];

    /// <summary>
    /// A scorer over a feature table and its merged rows (<see cref="Stride"/> half-precision weights a row, as their
    /// bits; padding zero) at <paramref name="rows"/> in <paramref name="memory"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A weight is not a finite number, or is subnormal.</exception>
    public EmissionTable(FeatureTable table, ModelMemory memory, ushort* rows)
    {
        _table = table;
        _memory = memory;
        _rows = rows;
        if (!AllNormal(new ReadOnlySpan<ushort>(rows, checked(table.RowCount * Stride))))
        {
            throw new InvalidDataException("A weight is not a finite number (or is a subnormal half, which models never hold).");
        }

        for (var index = 0; index < _denseRows.Length; index++)
        {
            _denseRows[index] = table.Find(DenseFeatures.Key(index));
        }
    }

    /// <summary>The feature table.</summary>
    public FeatureTable Table => _table;

    /// <summary>The merged rows, <see cref="Stride"/> weights each.</summary>
    public ReadOnlySpan<System.Half> Rows => new(_rows, checked(_table.RowCount * Stride));

    /// <summary>
    /// Whether every value is a finite half that is normal or zero: the exponent field is neither all ones (infinity,
    /// NaN) nor zero under a non-zero fraction (subnormal: exact in <see cref="Accumulate"/>, but arithmetic on
    /// subnormal singles can be slow, and training never writes them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllNormal(ReadOnlySpan<ushort> bits)
    {
        var i = 0;
        var bad = Vector256<ushort>.Zero;
        var exponent = Vector256.Create((ushort)0x7C00);
        var magnitude = Vector256.Create((ushort)0x7FFF);
        for (; i + Vector256<ushort>.Count <= bits.Length; i += Vector256<ushort>.Count)
        {
            var v = Vector256.Create(bits.Slice(i, Vector256<ushort>.Count));
            var e = v & exponent;
            bad |= Vector256.Equals(e, exponent) | (Vector256.Equals(e, Vector256<ushort>.Zero) & ~Vector256.Equals(v & magnitude, Vector256<ushort>.Zero));
        }

        var normal = bad == Vector256<ushort>.Zero;
        for (; i < bits.Length; i++)
        {
            var value = BitConverter.UInt16BitsToHalf(bits[i]);
            normal &= System.Half.IsFinite(value) && !System.Half.IsSubnormal(value);
        }

        return normal;
    }

    /// <summary>
    /// Adds 16 half-precision weights (their bits) to single-precision sums: lanes 0-7 to <paramref name="low"/>, 8-15 to
    /// <paramref name="high"/>. Each half becomes a single with its bits moved up 13 places (sign kept at the top), which
    /// is the weight times 2^-112, exactly; it is then multiplied by 2^112, exactly, and added: the result is the same as
    /// adding the weight converted by the runtime, in three instructions for eight lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Accumulate(Vector256<ushort> halves, ref Vector256<float> low, ref Vector256<float> high)
    {
        var (lower, upper) = Vector256.Widen(halves.AsInt16());
        low = Vector256.MultiplyAddEstimate(Shifted(lower), HalfScale, low);
        high = Vector256.MultiplyAddEstimate(Shifted(upper), HalfScale, high);
    }

    /// <summary>2^112: the bias of a single's exponent (127) less a half's (15).</summary>
    private static readonly Vector256<float> HalfScale = Vector256.Create(BitConverter.Int32BitsToSingle((127 + 112) << 23));

    /// <summary>
    /// A sign-extended half moved up 13 bits: the fraction and exponent land in a single's fields, the sign copies that
    /// land above the exponent are cleared, and the sign stays in the top bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Shifted(Vector256<int> half) => ((half << 13) & Vector256.Create(unchecked((int)0x8FFFFFFF))).AsSingle();

    /// <summary>The first weight of the merged rows, as bits, for the scoring loop's vector reads.</summary>
    public ref ushort RowsStart => ref *_rows;

    /// <summary>The row of a dense context feature (<see cref="DenseFeatures"/> index), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DenseRow(int index) => _denseRows[index];

    /// <summary>The row of a hashed feature key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(ulong key) => _table.Find(key);

    /// <summary>Asks the processor to start fetching the table slot of a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key) => _table.Prefetch(key);

    /// <summary>Asks the processor to start fetching a row (nothing for -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchRow(int row)
    {
        if (row >= 0 && Sse.IsSupported)
        {
            Sse.Prefetch0(_rows + (row * Stride));
        }
    }

    /// <summary>Adds stage two's weights of one feature, if the model has it, to a token's 13 scores.</summary>
    public void AddSecond(ulong key, Span<float> scores)
    {
        var row = _table.Find(key);
        if (row >= 0)
        {
            var weights = new ReadOnlySpan<System.Half>(_rows + (row * Stride) + Half, EntityLabels.Count);
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                scores[y] += (float)weights[y];
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
            PrefetchRow(row);
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
    /// 0-15), c and d stage two; a table row is padded to 16 weights a stage, so its lanes line up directly.
    /// </summary>
    private struct RowSum
    {
        private Vector256<float> _a;
        private Vector256<float> _b;
        private Vector256<float> _c;
        private Vector256<float> _d;

        /// <summary>Adds a merged table row.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddRow(ref ushort rows, int row)
        {
            var offset = (nuint)(row * Stride);
            Accumulate(Vector256.LoadUnsafe(ref rows, offset), ref _a, ref _b);
            Accumulate(Vector256.LoadUnsafe(ref rows, offset + Half), ref _c, ref _d);
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
