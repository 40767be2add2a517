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
    private const int Stride = 2 * Half;

    private readonly FeatureTable _table;
    private readonly float[] _rows;

    public TwoStageScorer(LinearChainWeights first, LinearChainWeights second)
    {
        // Merge the two key sets in key order without a hash map: sort each stage's rows by key, then walk both.
        var firstOrder = Order(first.Keys);
        var secondOrder = Order(second.Keys);
        var keys = new ulong[firstOrder.Length + secondOrder.Length];
        var rows = new List<(int First, int Second)>(keys.Length);
        int a = 0, b = 0, count = 0;
        while (a < firstOrder.Length || b < secondOrder.Length)
        {
            var keyA = a < firstOrder.Length ? first.Keys[firstOrder[a]] : ulong.MaxValue;
            var keyB = b < secondOrder.Length ? second.Keys[secondOrder[b]] : ulong.MaxValue;
            var takeA = a < firstOrder.Length && keyA <= keyB;
            var takeB = b < secondOrder.Length && keyB <= keyA;
            keys[count++] = takeA ? keyA : keyB;
            rows.Add((takeA ? firstOrder[a++] : -1, takeB ? secondOrder[b++] : -1));
        }

        _table = new FeatureTable(keys.AsSpan(0, count));
        _rows = new float[count * Stride];
        for (var row = 0; row < count; row++)
        {
            if (rows[row].First >= 0)
            {
                first.EmissionRow(rows[row].First).CopyTo(_rows.AsSpan(row * Stride, L));
            }

            if (rows[row].Second >= 0)
            {
                second.EmissionRow(rows[row].Second).CopyTo(_rows.AsSpan((row * Stride) + Half, L));
            }
        }
    }

    private static int[] Order(ulong[] keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sorted = (ulong[])keys.Clone();
        Array.Sort(sorted, order);
        return order;
    }

    /// <summary>Sums each token's feature rows for both stages into <paramref name="first"/> and <paramref name="second"/> (<c>n × 13</c> each).</summary>
    public void Score(ReadOnlySpan<ulong> features, ReadOnlySpan<int> counts, int n, Span<float> first, Span<float> second)
    {
        Span<float> sum = stackalloc float[Stride];
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        for (var i = 0; i < n; i++)
        {
            var a = Vector256<float>.Zero;
            var b = Vector256<float>.Zero;
            var c = Vector256<float>.Zero;
            var d = Vector256<float>.Zero;
            foreach (var key in features.Slice(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]))
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

            a.CopyTo(sum);
            b.CopyTo(sum[8..]);
            c.CopyTo(sum[Half..]);
            d.CopyTo(sum[(Half + 8)..]);
            sum[..L].CopyTo(first.Slice(i * L, L));
            sum.Slice(Half, L).CopyTo(second.Slice(i * L, L));
        }
    }
}
