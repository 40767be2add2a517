using System.Runtime.Intrinsics;

namespace Nlp.Turkish.Entities;

/// <summary>First-order Viterbi decoding over per-token label scores, shared by tagging and training.</summary>
internal static class ViterbiDecoder
{
    /// <summary>The weight that rules a transition out; finite so that sums never turn into NaN.</summary>
    public const float Forbidden = -1e9f;

    private const int L = EntityLabels.Count;

    /// <summary>Sets the entries of a label-pair (or single-row) weight array that <paramref name="allowed"/> rejects to <see cref="Forbidden"/>.</summary>
    public static void Constrain(Span<float> weights, Func<int, int, bool> allowed)
    {
        var rows = weights.Length / L;
        for (var p = 0; p < rows; p++)
        {
            for (var y = 0; y < L; y++)
            {
                if (!allowed(p, y))
                {
                    weights[(p * L) + y] = Forbidden;
                }
            }
        }
    }

    /// <summary>The labels that may follow O, L-* or U-*: O, B-* and U-*.</summary>
    private static ReadOnlySpan<byte> Openers => [0, 1, 4, 5, 8, 9, 12];

    /// <summary>The labels after which an opener may come: O, L-* and U-*.</summary>
    private static ReadOnlySpan<byte> Closers => [0, 3, 4, 7, 8, 11, 12];

    /// <summary>
    /// The forward steps of Viterbi over positions 1..n-1. Only valid BILOU steps can win (every other transition is
    /// Forbidden), so only they are tried: 61 of the 169 label pairs. An opener (O, B-*, U-*) follows any of the 7
    /// closers: the 7 openers are the lanes of one vector and each closer adds one vector, so the step is 7 vector
    /// maxima. I-T and L-T follow B-T or I-T. Candidates are compared in label order with a strict greater-than, so
    /// ties break towards the lower label as a dense loop would.
    /// </summary>
    private static void Steps(ReadOnlySpan<float> scores, int n, ReadOnlySpan<float> transitions, Span<float> current, Span<float> next, Span<int> back)
    {
        Span<Vector256<float>> fromCloser = stackalloc Vector256<float>[7];
        Span<float> column = stackalloc float[8];
        for (var k = 0; k < 7; k++)
        {
            column.Fill(float.NegativeInfinity);
            for (var o = 0; o < 7; o++)
            {
                column[o] = transitions[(Closers[k] * L) + Openers[o]];
            }

            fromCloser[k] = Vector256.Create<float>(column);
        }

        Span<float> best = stackalloc float[8];
        Span<int> from = stackalloc int[8];
        for (var i = 1; i < n; i++)
        {
            var acc = Vector256.Create(current[0]) + fromCloser[0];
            var arg = Vector256<int>.Zero;
            for (var k = 1; k < 7; k++)
            {
                var p = Closers[k];
                var candidate = Vector256.Create(current[p]) + fromCloser[k];
                var better = Vector256.GreaterThan(candidate, acc);
                acc = Vector256.ConditionalSelect(better, candidate, acc);
                arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create((int)p), arg);
            }

            acc.CopyTo(best);
            arg.CopyTo(from);
            var row = i * L;
            for (var o = 0; o < 7; o++)
            {
                var y = Openers[o];
                next[y] = best[o] + scores[row + y];
                back[row + y] = from[o];
            }

            for (var type = 0; type < EntityLabels.TypeCount; type++)
            {
                var begin = 1 + (type * 4);
                for (var y = begin + 1; y <= begin + 2; y++)
                {
                    var fromBegin = current[begin] + transitions[(begin * L) + y];
                    var fromInside = current[begin + 1] + transitions[((begin + 1) * L) + y];
                    var inside = fromInside > fromBegin;
                    next[y] = (inside ? fromInside : fromBegin) + scores[row + y];
                    back[row + y] = inside ? begin + 1 : begin;
                }
            }

            next.CopyTo(current);
        }
    }

    public static void Decode(ReadOnlySpan<float> scores, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start,
        ReadOnlySpan<float> end, Span<int> labels, Span<int> back)
    {
        Span<float> current = stackalloc float[L];
        Span<float> next = stackalloc float[L];
        for (var y = 0; y < L; y++)
        {
            current[y] = start[y] + scores[y];
        }

        Steps(scores, n, transitions, current, next, back);

        var last = 0;
        var bestFinal = float.NegativeInfinity;
        for (var y = 0; y < L; y++)
        {
            var s = current[y] + end[y];
            if (s > bestFinal)
            {
                bestFinal = s;
                last = y;
            }
        }

        labels[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * L) + labels[i]];
        }
    }
}
