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

    [TestCase(21, 2, false)]
    [TestCase(22, 4, false)]
    [TestCase(23, 6, false)]
    [TestCase(21, 2, true)]
    [TestCase(22, 4, true)]
    [TestCase(23, 6, true)]
    public void Compute_WideAndNarrowVectors_GiveEnumerationsMarginals(int seed, int n, bool wide)
    {
        // Both widths take only the valid BILOU steps; each token's marginal of each label must be the enumeration's.
        var (weights, scores) = ChainEnumeration.RandomChain(seed, n, spread: 3, temperature: 1.5f);
        var marginals = new ChainMarginals(wide);
        marginals.Compute(weights, scores, n);
        Assert.That(marginals.UsedLogSpace, Is.False, "the fast pass");
        AssertLogMarginalsAreEnumerations(marginals, weights, scores, n, $"seed {seed}, wide {wide}");
    }

    [TestCase(0f)]
    [TestCase(-1e-3f)]
    [TestCase(-0.35f)]
    [TestCase(-1f)]
    [TestCase(-7.25f)]
    [TestCase(-40f)]
    [TestCase(-87f)]
    public void ExpNonPositive_IsExpWithinSinglePrecision(float x)
    {
        var values = System.Runtime.Intrinsics.Vector256.Create(x, x / 2, x / 3, x / 7, x * 0.9f, x / 1.5f, x / 11, x / 13);
        var actual = ChainMarginals.ExpNonPositive(values);
        for (var lane = 0; lane < 8; lane++)
        {
            var expected = Math.Exp(values[lane]);
            Assert.That(actual[lane], Is.EqualTo(expected).Within(3e-7 * expected), $"e^{values[lane]}");
        }
    }

    [TestCase(-87.4f)]
    [TestCase(-200f)]
    [TestCase(float.NegativeInfinity)]
    public void ExpNonPositive_BelowTheNormalRange_IsZero(float x) =>
        Assert.That(ChainMarginals.ExpNonPositive(System.Runtime.Intrinsics.Vector256.Create(x))[0], Is.Zero);

    [TestCase(5, 1)]
    [TestCase(6, 3)]
    public void LogMarginals_AreEachTokensLabelProbability(int seed, int n)
    {
        var (weights, scores) = ChainEnumeration.RandomChain(seed, n, spread: 4, temperature: 1.7f);
        foreach (var logSpace in new[] { false, true })
        {
            var marginals = new ChainMarginals();
            marginals.Compute(weights, scores, n, 1.0 / weights.Temperature, logSpace);
            AssertLogMarginalsAreEnumerations(marginals, weights, scores, n, $"seed {seed}, log space {logSpace}");
        }
    }

    /// <summary>Each token's log marginal of each label is the log of the enumeration's, or the floor where no valid sequence has it.</summary>
    private static void AssertLogMarginalsAreEnumerations(ChainMarginals marginals, ChainTransitions weights, float[] scores, int n, string context)
    {
        var logs = new float[n * L];
        marginals.LogMarginals(n, logs);
        for (var i = 0; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                var labels = new int[n];
                labels[i] = y;
                var expected = ChainEnumeration.SpanProbability(weights, scores, n, labels, i, i, 1.0 / weights.Temperature);
                var actual = logs[(i * L) + y];
                if (expected == 0)
                {
                    Assert.That(actual, Is.EqualTo(ChainMarginals.LogFloor), $"{context}, token {i}, label {y}: no valid sequence");
                }
                else
                {
                    Assert.That(Math.Exp(actual), Is.EqualTo(expected).Within(1e-5), $"{context}, token {i}, label {y}");
                }
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

    [Test]
    public void Compute_EmptyWindow_Throws()
    {
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChainMarginals().Compute(weights, new float[L], 0));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ChainMarginals().Compute(weights, new float[L], 1, -1, logSpace: false));
        Assert.That(error!.Message, Does.Contain("positive finite"));
    }

    /// <summary>The potentials are kept between calls for the same chain: a new temperature must still replace them.</summary>
    [Test]
    public void Compute_SameChainAtANewTemperature_UsesTheNewTemperature()
    {
        var (weights, scores) = ChainEnumeration.RandomChain(seed: 21, n: 3, spread: 4, temperature: 1f);
        var labels = ChainEnumeration.Viterbi(weights, scores, 3);
        var reused = new ChainMarginals();
        foreach (var logSpace in new[] { false, true })
        {
            reused.Compute(weights, scores, 3, 1.0, logSpace);
            reused.Compute(weights, scores, 3, 0.25, logSpace);
            var expected = ChainEnumeration.SpanProbability(weights, scores, 3, labels, 0, 2, 0.25);
            Assert.That(reused.SpanProbability(labels, 0, 2), Is.EqualTo(expected).Within(1e-5), $"log space {logSpace}");
            Assert.That(expected, Is.Not.EqualTo(ChainEnumeration.SpanProbability(weights, scores, 3, labels, 0, 2, 1.0)).Within(1e-3));
        }
    }

    /// <summary>
    /// Transition, start and end weights of ±150: exp of them overflows single precision unless each table is divided by
    /// its largest entry first, which the fast pass does, so it keeps the window.
    /// </summary>
    [Test]
    public void Compute_LargeChainWeights_StayInTheFastPass()
    {
        var random = new Random(5);
        float Weight() => 200 * (float)random.NextDouble();
        var transitions = Enumerable.Range(0, L * L).Select(_ => Weight()).ToArray();
        var start = Enumerable.Range(0, L).Select(_ => Weight()).ToArray();
        var end = Enumerable.Range(0, L).Select(_ => Weight()).ToArray();
        var weights = new ChainTransitions(transitions, start, end, temperature: 1f);
        var scores = Enumerable.Range(0, 3 * L).Select(_ => (float)random.NextDouble()).ToArray();
        var labels = ChainEnumeration.Viterbi(weights, scores, 3);
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 3);
        Assert.That(marginals.UsedLogSpace, Is.False);
        foreach (var (first, last) in Spans(labels))
        {
            Assert.That(marginals.SpanProbability(labels, first, last), Is.EqualTo(ChainEnumeration.SpanProbability(weights, scores, 3, labels, first, last, 1.0)).Within(1e-5));
        }
    }

    /// <summary>
    /// Each token has one label 300 above the others, in a different lane each time: the fast pass subtracts each row's
    /// largest score before exponentiating (anything smaller overflows), so it keeps the window.
    /// </summary>
    [Test]
    public void Compute_WideScoreSpreadInARow_StaysInTheFastPass()
    {
        var best = new[]
        {
            EntityLabels.Label(EntityType.Organization, EntityLabels.Position.Unit),
            EntityLabels.Outside,
            EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit),
            EntityLabels.Label(EntityType.Location, EntityLabels.Position.Unit),
        };
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        var scores = new float[best.Length * L];
        for (var i = 0; i < best.Length; i++)
        {
            scores[(i * L) + best[i]] = 300;
        }

        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, best.Length);
        Assert.That(marginals.UsedLogSpace, Is.False);
        for (var i = 0; i < best.Length; i++)
        {
            Assert.That(marginals.SpanProbability(best, i, i), Is.EqualTo(1.0).Within(1e-6), $"token {i}");
        }
    }

    /// <summary>
    /// A window of 70 tokens with uniform scores: the number of valid paths grows by about 13 a token, so the forward
    /// sums overflow single precision unless each step is rescaled, which the fast pass does; the tables also grow
    /// past their first size. The fast pass agrees with the log-space pass.
    /// </summary>
    [Test]
    public void Compute_LongUniformWindow_StaysInTheFastPassAndAgreesWithLogSpace()
    {
        const int n = 70;
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        var scores = new float[n * L];
        var labels = new int[n];
        labels[0] = EntityLabels.Label(EntityType.Person, EntityLabels.Position.Begin);
        labels[1] = EntityLabels.Label(EntityType.Person, EntityLabels.Position.Last);
        labels[n - 1] = EntityLabels.Label(EntityType.Location, EntityLabels.Position.Unit);
        var fast = new ChainMarginals();
        fast.Compute(weights, scores, n);
        var exact = new ChainMarginals();
        exact.Compute(weights, scores, n, 1.0, logSpace: true);
        Assert.That(fast.UsedLogSpace, Is.False);
        foreach (var (first, last) in new[] { (0, 1), (1, 1), (n - 1, n - 1), (0, n - 1) })
        {
            var expected = exact.SpanProbability(labels, first, last);
            Assert.That(fast.SpanProbability(labels, first, last), Is.EqualTo(expected).Within(1e-4 * Math.Max(expected, 1e-30)), $"span {first}..{last}");
        }

        Assert.That(exact.SpanProbability(labels, 0, 1), Is.GreaterThan(0.001));
    }

    /// <summary>
    /// One token, its mass on two labels whose end weights are 100 and 101 below the best end's: their end potentials
    /// are subnormal in single precision, a percent off, so the fast pass must hand the window to log space.
    /// </summary>
    [TestCase(-100f, -101f)]
    [TestCase(-200f, -201f)]
    public void Compute_FinalSumBelowNormalRange_FallsBackToLogSpace(float endA, float endB)
    {
        var a = EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit);
        var b = EntityLabels.Label(EntityType.Location, EntityLabels.Position.Unit);
        var end = new float[L];
        end[a] = endA;
        end[b] = endB;
        var weights = new ChainTransitions(new float[L * L], new float[L], end, temperature: 1f);
        var scores = Enumerable.Repeat(-1000f, L).ToArray();
        scores[a] = 0;
        scores[b] = 0;
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 1);
        Assert.That(marginals.UsedLogSpace, Is.True);
        var expected = 1 / (1 + Math.Exp(endB - endA));
        Assert.That(marginals.SpanProbability(new[] { a }, 0, 0), Is.EqualTo(expected).Within(1e-9));
    }

    /// <summary>
    /// Only O may start: the Inside and Last labels cannot be reached at the second token, and the log-space sums over
    /// nothing but impossible steps must stay negative infinity rather than turn into NaN.
    /// </summary>
    [Test]
    public void SpanProbability_UnreachableLabelsInLogSpace_MatchEnumeration()
    {
        var start = Enumerable.Repeat(BilouConstraints.Forbidden, L).ToArray();
        start[EntityLabels.Outside] = 0;
        var weights = new ChainTransitions(new float[L * L], start, new float[L], temperature: 1f);
        var scores = Enumerable.Range(0, 3 * L).Select(k => (float)(k % 5) / 2).ToArray();
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 3, 1.0, logSpace: true);
        var labels = ChainEnumeration.Viterbi(weights, scores, 3);
        foreach (var (first, last) in Spans(labels))
        {
            Assert.That(marginals.SpanProbability(labels, first, last), Is.EqualTo(ChainEnumeration.SpanProbability(weights, scores, 3, labels, first, last, 1.0)).Within(1e-9));
        }
    }

    /// <summary>A chain whose every transition is forbidden has no valid path past one token: a span's probability is 0, not NaN.</summary>
    [Test]
    public void SpanProbability_NoValidPath_IsZero()
    {
        var transitions = Enumerable.Repeat(BilouConstraints.Forbidden, L * L).ToArray();
        var weights = new ChainTransitions(transitions, new float[L], new float[L], temperature: 1f);
        var marginals = new ChainMarginals();
        marginals.Compute(weights, new float[2 * L], 2);
        Assert.That(marginals.UsedLogSpace, Is.True);
        Assert.That(marginals.SpanProbability(new[] { EntityLabels.Outside, EntityLabels.Outside }, 0, 0), Is.Zero);
        Assert.That(marginals.SpanProbability(new[] { EntityLabels.Outside, EntityLabels.Outside }, 0, 1), Is.Zero);
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
