using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>Span confidences from scaled forward-backward match brute-force enumeration of every valid label sequence.</summary>
public class ChainMarginalsTests
{
    private const int L = EntityLabels.Count;

    [TestCase(1, 1)]
    [TestCase(2, 3)]
    [TestCase(3, 3)]
    [TestCase(4, 3)]
    public void SpanProbability_MatchesEnumeration(int seed, int n)
    {
        var random = new Random(seed);
        float Next() => (float)((random.NextDouble() * 8) - 4);
        var transitions = Enumerable.Range(0, L * L).Select(_ => Next()).ToArray();
        var start = Enumerable.Range(0, L).Select(_ => Next()).ToArray();
        var end = Enumerable.Range(0, L).Select(_ => Next()).ToArray();
        var weights = new LinearChainWeights([], [], transitions, start, end, temperature: 1.7f);
        var scores = Enumerable.Range(0, n * L).Select(_ => Next() * 3).ToArray();

        var labels = new int[n];
        weights.Viterbi(scores, n, labels, new int[n * L]);
        var marginals = new ChainMarginals();
        weights.Marginals(scores, n, marginals);

        foreach (var (first, last) in Spans(labels))
        {
            var expected = BruteForce(weights, scores, n, labels, first, last);
            var actual = LinearChainWeights.SpanProbability(labels, first, last, marginals);
            Assert.That(actual, Is.EqualTo(expected).Within(1e-5), $"seed {seed}, span {first}..{last}");
        }
    }

    private static IEnumerable<(int First, int Last)> Spans(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            yield return (i, i);
        }

        if (labels.Length > 1)
        {
            yield return (0, labels.Length - 1);
        }
    }

    /// <summary>P(labels[first..last] | scores) by summing exp(score / T) over all valid sequences.</summary>
    private static double BruteForce(LinearChainWeights weights, float[] scores, int n, int[] labels, int first, int last)
    {
        var t = 1.0 / weights.Temperature;
        double total = 0, matching = 0;
        var sequence = new int[n];
        var count = (int)Math.Pow(L, n);
        for (var code = 0; code < count; code++)
        {
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

            var score = (double)weights.Start[sequence[0]] + (double)scores[sequence[0]] + weights.End[sequence[n - 1]];
            var valid = true;
            for (var i = 1; i < n && valid; i++)
            {
                valid = EntityLabels.CanFollow(sequence[i - 1], sequence[i]);
                score += (double)weights.Transitions[(sequence[i - 1] * L) + sequence[i]] + scores[(i * L) + sequence[i]];
            }

            if (!valid)
            {
                continue;
            }

            var p = Math.Exp(t * score);
            total += p;
            var same = true;
            for (var i = first; i <= last; i++)
            {
                same &= sequence[i] == labels[i];
            }

            if (same)
            {
                matching += p;
            }
        }

        return matching / total;
    }
}
