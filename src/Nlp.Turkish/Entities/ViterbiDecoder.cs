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

    /// <summary>The labels that may come before <paramref name="label"/>, in label order.</summary>
    public static ReadOnlySpan<byte> Predecessors(int label) => EntityLabels.PositionOf(label) is EntityLabels.Position.Inside or EntityLabels.Position.Last
        ? InsideOf.Slice(2 * ((label - 1) / 4), 2)
        : Closers;

    /// <summary>The labels that may come after <paramref name="label"/>, in label order.</summary>
    public static ReadOnlySpan<byte> Successors(int label) => EntityLabels.PositionOf(label) is EntityLabels.Position.Begin or EntityLabels.Position.Inside
        ? ClosingOf.Slice(2 * ((label - 1) / 4), 2)
        : Openers;

    /// <summary>B-T and I-T for each type T: what I-T and L-T follow.</summary>
    private static ReadOnlySpan<byte> InsideOf => [1, 2, 5, 6, 9, 10];

    /// <summary>I-T and L-T for each type T: what follows B-T and I-T.</summary>
    private static ReadOnlySpan<byte> ClosingOf => [2, 3, 6, 7, 10, 11];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Step(ReadOnlySpan<float> current, ReadOnlySpan<float> transitions, ReadOnlySpan<byte> previous, int y, out float best, out int arg)
    {
        best = float.NegativeInfinity;
        arg = 0;
        foreach (var p in previous)
        {
            var s = current[p] + transitions[(p * L) + y];
            if (s > best)
            {
                best = s;
                arg = p;
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
            // Only valid BILOU steps can win (every other transition is Forbidden), so only they are tried: 61 of the
            // 169 label pairs. Candidates are visited in label order, as a dense loop would, so ties break the same way.
            foreach (var y in Openers)
            {
                Step(current, transitions, Closers, y, out next[y], out back[(i * L) + y]);
                next[y] += scores[(i * L) + y];
            }

            for (var type = 0; type < EntityLabels.TypeCount; type++)
            {
                var begin = 1 + (type * 4);
                for (var y = begin + 1; y <= begin + 2; y++)
                {
                    // I-T and L-T follow B-T or I-T.
                    var fromBegin = current[begin] + transitions[(begin * L) + y];
                    var fromInside = current[begin + 1] + transitions[((begin + 1) * L) + y];
                    var inside = fromInside > fromBegin;
                    next[y] = (inside ? fromInside : fromBegin) + scores[(i * L) + y];
                    back[(i * L) + y] = inside ? begin + 1 : begin;
                }
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
