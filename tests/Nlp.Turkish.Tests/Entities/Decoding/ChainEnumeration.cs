using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// The slow twins of decoding and confidences: every valid BILOU sequence of a short window enumerated, for tests
/// that hold the fast paths (SIMD Viterbi, scaled forward-backward) equal to the model's definition.
/// </summary>
internal static class ChainEnumeration
{
    private const int L = EntityLabels.Count;

    /// <summary>A chain with random transitions, start and end weights in ±<paramref name="spread"/> and random scores three times that.</summary>
    public static (ChainTransitions Weights, float[] Scores) RandomChain(int seed, int n, float spread, float temperature)
    {
        var random = new Random(seed);
        float Next() => (float)((random.NextDouble() * 2 * spread) - spread);
        var transitions = Enumerable.Range(0, L * L).Select(_ => Next()).ToArray();
        var start = Enumerable.Range(0, L).Select(_ => Next()).ToArray();
        var end = Enumerable.Range(0, L).Select(_ => Next()).ToArray();
        var weights = new ChainTransitions(transitions, start, end, temperature);
        var scores = Enumerable.Range(0, n * L).Select(_ => Next() * 3).ToArray();
        return (weights, scores);
    }

    /// <summary>The labels the production decoder picks.</summary>
    public static int[] Viterbi(ChainTransitions weights, float[] scores, int n)
    {
        var labels = new int[n];
        weights.Viterbi(scores, n, labels, new int[n * L]);
        return labels;
    }

    /// <summary>Every valid label sequence of length <paramref name="n"/> with its score (start + emissions + transitions + end).</summary>
    public static IEnumerable<(int[] Labels, double Score)> Sequences(ChainTransitions weights, float[] scores, int n)
    {
        var count = (int)Math.Pow(L, n);
        for (var code = 0; code < count; code++)
        {
            var sequence = new int[n];
            var c = code;
            for (var i = 0; i < n; i++)
            {
                sequence[i] = c % L;
                c /= L;
            }

            if (!EntityLabels.CanStart(sequence[0]) || !EntityLabels.CanEnd(sequence[n - 1]))
            {
                continue;
            }

            var score = (double)weights.Start[sequence[0]] + scores[sequence[0]] + weights.End[sequence[n - 1]];
            var valid = true;
            for (var i = 1; i < n && valid; i++)
            {
                valid = EntityLabels.CanFollow(sequence[i - 1], sequence[i]);
                score += (double)weights.Transitions[(sequence[i - 1] * L) + sequence[i]] + scores[(i * L) + sequence[i]];
            }

            if (valid)
            {
                yield return (sequence, score);
            }
        }
    }

    /// <summary>The best valid sequence by enumeration.</summary>
    public static int[] Argmax(ChainTransitions weights, float[] scores, int n) => Sequences(weights, scores, n).MaxBy(s => s.Score).Labels;

    /// <summary>P(labels[first..last] | scores) at inverse temperature <paramref name="t"/>: the sum of exp(t · score) over the sequences that agree there, over the sum over all, in log space.</summary>
    public static double SpanProbability(ChainTransitions weights, float[] scores, int n, int[] labels, int first, int last, double t)
    {
        var all = new List<double>();
        var matching = new List<double>();
        foreach (var (sequence, score) in Sequences(weights, scores, n))
        {
            all.Add(t * score);
            var same = true;
            for (var i = first; i <= last; i++)
            {
                same &= sequence[i] == labels[i];
            }

            if (same)
            {
                matching.Add(t * score);
            }
        }

        return matching.Count == 0 ? 0 : Math.Exp(LogSumExp(matching) - LogSumExp(all));
    }

    private static double LogSumExp(List<double> terms)
    {
        var max = terms.Max();
        return max + Math.Log(terms.Sum(x => Math.Exp(x - max)));
    }
}
