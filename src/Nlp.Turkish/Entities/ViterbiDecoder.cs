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

    public static void Decode(ReadOnlySpan<float> scores, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start,
        ReadOnlySpan<float> end, Span<int> labels, Span<int> back)
    {
        Span<float> current = stackalloc float[L];
        Span<float> next = stackalloc float[L];
        for (var y = 0; y < L; y++)
        {
            current[y] = start[y] + scores[y];
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    var s = current[p] + transitions[(p * L) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                next[y] = best + scores[(i * L) + y];
                back[(i * L) + y] = arg;
            }

            next.CopyTo(current);
        }

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
