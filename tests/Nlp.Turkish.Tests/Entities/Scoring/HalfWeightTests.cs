using System.Runtime.Intrinsics;
using Nlp.Turkish.Entities;
using Nlp.Turkish.Training;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// The weight table holds half-precision numbers: the vector conversion the scoring loop uses, and the rounding that
/// training writes them with.
/// </summary>
public class HalfWeightTests
{
    [Test]
    public void Accumulate_AddsEveryFiniteHalf_ExactlyAsTheRuntimeConvertsIt()
    {
        var checkedValues = 0;
        Span<ushort> lanes = stackalloc ushort[16];
        Span<float> sums = stackalloc float[16];
        foreach (var start in new[] { 0f, 1f, -0.375f })
        {
            for (var first = 0; first < 1 << 16; first += 16)
            {
                for (var lane = 0; lane < 16; lane++)
                {
                    lanes[lane] = (ushort)(first + lane);
                }

                var low = Vector256.Create(start);
                var high = Vector256.Create(start);
                EmissionTable.Accumulate(Vector256.Create<ushort>(lanes), ref low, ref high);
                low.CopyTo(sums);
                high.CopyTo(sums[8..]);
                for (var lane = 0; lane < 16; lane++)
                {
                    var half = BitConverter.UInt16BitsToHalf(lanes[lane]);
                    if (!Half.IsFinite(half))
                    {
                        continue;
                    }

                    Assert.That(BitConverter.SingleToInt32Bits(sums[lane]), Is.EqualTo(BitConverter.SingleToInt32Bits(start + (float)half)),
                        $"{start} + half 0x{lanes[lane]:X4}");
                    checkedValues++;
                }
            }
        }

        // Every finite half (all but the 2 × 1,024 infinities and NaNs), from three starting sums.
        Assert.That(checkedValues, Is.EqualTo(3 * ((1 << 16) - 2048)));
    }

    [Test]
    public void Round_KeepsHalfPrecision_FlushesWhatIsTooSmallForANormalHalf()
    {
        float[] weights = [1.5f, -0.333333f, 3e-5f, -3e-5f, 1e-9f, 0f, 65504f];
        var bits = new ushort[weights.Length];
        EmissionMerge.Round(weights, bits);
        var values = bits.Select(b => (float)BitConverter.UInt16BitsToHalf(b)).ToArray();
        Assert.That(values, Is.EqualTo(new[] { 1.5f, (float)(Half)(-0.333333f), 0f, 0f, 0f, 0f, 65504f }));
        Assert.That(bits.All(b => !Half.IsSubnormal(BitConverter.UInt16BitsToHalf(b))), Is.True);
    }

    [Test]
    public void Round_OfAWeightBeyondHalfPrecision_IsRefusedByName()
    {
        var e = Assert.Throws<InvalidDataException>(() => EmissionMerge.Round([70000f], new ushort[1]));
        Assert.That(e!.Message, Does.Contain("too large").And.Contain("half precision"));
    }
}
