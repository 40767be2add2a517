using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// Span confidences from forward-backward match brute-force enumeration of every valid label sequence, in the fast
/// single-precision pass and in the log-space pass, and stay finite probabilities when the scores are extreme.
/// </summary>
public class ChainMarginalsTests
{
    private const int L = EntityLabels.Count;

    [TestCase(1, 1)]
    [TestCase(2, 3)]
    [TestCase(3, 3)]
    [TestCase(4, 3)]
    public void SpanProbability_MatchesEnumeration(int seed, int n)
    {
        var (weights, scores) = ChainEnumeration.RandomChain(seed, n, spread: 4, temperature: 1.7f);
        foreach (var logSpace in new[] { false, true })
        {
            var labels = ChainEnumeration.Viterbi(weights, scores, n);
            var marginals = new ChainMarginals();
            marginals.Compute(weights, scores, n, 1.0 / weights.Temperature, logSpace);
            Assert.That(marginals.UsedLogSpace, Is.EqualTo(logSpace));
            foreach (var (first, last) in Spans(labels))
            {
                var expected = ChainEnumeration.SpanProbability(weights, scores, n, labels, first, last, 1.0 / weights.Temperature);
                var actual = marginals.SpanProbability(labels, first, last);
                Assert.That(actual, Is.EqualTo(expected).Within(1e-5), $"seed {seed}, log space {logSpace}, span {first}..{last}");
            }
        }
    }

    [Test]
    public void SpanProbability_IsTheMarginalOfAnySpan_NotOnlyTheBestPath()
    {
        var (weights, scores) = ChainEnumeration.RandomChain(seed: 9, n: 3, spread: 1, temperature: 1f);
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 3);
        var person = EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit);
        var labels = new[] { person, EntityLabels.Outside, person };
        Assert.That(marginals.SpanProbability(labels, 0, 0), Is.EqualTo(ChainEnumeration.SpanProbability(weights, scores, 3, labels, 0, 0, 1.0)).Within(1e-5));
        Assert.That(marginals.SpanProbability(labels, 0, 2), Is.EqualTo(ChainEnumeration.SpanProbability(weights, scores, 3, labels, 0, 2, 1.0)).Within(1e-5));
    }

    /// <summary>
    /// Weights of a few hundred at a low temperature: exp of them overflows single precision (the fault that made
    /// calibration return NaN), and neighbouring scores hundreds apart make forward sums underflow to zero.
    /// </summary>
    [TestCase(11, 0.25f)]
    [TestCase(12, 0.25f)]
    [TestCase(13, 0.05f)]
    [TestCase(14, 1f)]
    public void SpanProbability_ExtremeScores_StaysAFiniteProbabilityEqualToEnumeration(int seed, float temperature)
    {
        const int n = 4;
        var (weights, scores) = ChainEnumeration.RandomChain(seed, n, spread: 400, temperature);
        var labels = ChainEnumeration.Viterbi(weights, scores, n);
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, n);
        foreach (var (first, last) in Spans(labels))
        {
            var actual = marginals.SpanProbability(labels, first, last);
            Assert.That(double.IsFinite(actual), Is.True, $"seed {seed}: {actual}");
            Assert.That(actual, Is.EqualTo(ChainEnumeration.SpanProbability(weights, scores, n, labels, first, last, 1.0 / temperature)).Within(1e-4), $"seed {seed}, span {first}..{last}");
        }
    }

    [Test]
    public void Compute_FastPassUnderflow_FallsBackToLogSpace()
    {
        // Token 0 is surely B-PERSON, token 1 surely O: no valid path gives both, so every valid path is improbable
        // by exp(-1000) somewhere and the single-precision forward sums vanish.
        var transitions = new float[L * L];
        var weights = new ChainTransitions(transitions, new float[L], new float[L], temperature: 1f);
        var scores = new float[2 * L];
        scores[EntityLabels.Label(EntityType.Person, EntityLabels.Position.Begin)] = 1000;
        scores[L + EntityLabels.Outside] = 1000;
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 2);
        var labels = ChainEnumeration.Viterbi(weights, scores, 2);
        Assert.That(marginals.UsedLogSpace, Is.True);
        Assert.That(marginals.SpanProbability(labels, 0, 1), Is.EqualTo(ChainEnumeration.SpanProbability(weights, scores, 2, labels, 0, 1, 1.0)).Within(1e-6));
    }

    [Test]
    public void Compute_NonPositiveTemperature_Throws()
    {
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChainMarginals().Compute(weights, new float[L], 1, 0, logSpace: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChainMarginals().Compute(weights, new float[L], 1, double.NaN, logSpace: false));
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
}
