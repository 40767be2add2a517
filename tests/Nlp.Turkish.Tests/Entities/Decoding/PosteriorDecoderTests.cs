using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// Posterior decoding: the valid BILOU sequence with the largest sum of log marginals plus the entity bonus, found by
/// enumeration; and a name whose best path is outside but whose marginal is close enough is tagged.
/// </summary>
public class PosteriorDecoderTests
{
    private const int L = EntityLabels.Count;

    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 3)]
    [TestCase(4, 3)]
    public void Decode_PicksTheValidSequenceWithTheLargestSumOfLogMarginalsAndBonuses(int seed, int n)
    {
        var (weights, scores) = ChainEnumeration.RandomChain(seed, n, spread: 2, temperature: 1.3f);
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, n);
        var logs = new float[n * L];
        marginals.LogMarginals(n, logs);
        double Objective(int[] sequence) =>
            Enumerable.Range(0, n).Sum(i => (double)logs[(i * L) + sequence[i]] + (sequence[i] == EntityLabels.Outside ? 0 : PosteriorDecoder.EntityBonus));

        var labels = new int[n];
        PosteriorDecoder.Decode(marginals, n, new float[n * L], labels, new int[n * L]);

        var best = ChainEnumeration.Sequences(weights, scores, n).Select(s => s.Labels).MaxBy(Objective)!;
        Assert.That(ChainEnumeration.Sequences(weights, scores, n).Any(s => s.Labels.SequenceEqual(labels)), Is.True, "a valid BILOU sequence");
        Assert.That(Objective(labels), Is.EqualTo(Objective(best)).Within(1e-4));
    }

    [Test]
    public void Decode_TokensOwnBestLabelsInvalid_SearchesTheBestValidSequence()
    {
        // Two tokens, no transitions but the BILOU rules; the likely sequences are B-PERSON L-PERSON (0.32), U-PERSON O
        // (0.30) and O O (0.38). With the bonus, token 1's own best is B-PERSON (0.32 e^0.7 beats 0.38 and 0.30 e^0.7)
        // and token 2's is O (0.68 beats 0.32 e^0.7): B-PERSON O is not valid, so the shortcut fails, and the search finds
        // B-PERSON L-PERSON (2 (ln 0.32 + 0.7) = -0.879 against -0.890 for U-PERSON O and -1.353 for O O).
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        var scores = Enumerable.Repeat(-50f, 2 * L).ToArray();
        var (begin, last, unit) = (EntityLabels.Label(EntityType.Person, EntityLabels.Position.Begin),
            EntityLabels.Label(EntityType.Person, EntityLabels.Position.Last), EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit));
        scores[begin] = MathF.Log(0.32f);
        scores[unit] = MathF.Log(0.30f);
        scores[EntityLabels.Outside] = MathF.Log(0.38f);
        scores[L + last] = 0f;
        scores[L + EntityLabels.Outside] = 0f;
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 2);
        var labels = new int[2];
        Assert.That(marginals.TryTokenBest(2, MathF.Exp(PosteriorDecoder.EntityBonus), labels), Is.False, "B-PERSON O is not valid");

        PosteriorDecoder.Decode(marginals, 2, new float[2 * L], labels, new int[2 * L]);
        Assert.That(labels, Is.EqualTo(new[] { begin, last }));
    }

    [Test]
    public void Decode_NameLessLikelyThanOutsideButCloseEnough_IsTagged()
    {
        // One token, no transitions: P(U-PERSON) = 0.4, P(O) = 0.6, every other label next to nothing.
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        var scores = Enumerable.Repeat(-50f, L).ToArray();
        var person = EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit);
        scores[EntityLabels.Outside] = MathF.Log(0.6f);
        scores[person] = MathF.Log(0.4f);

        Assert.That(ChainEnumeration.Viterbi(weights, scores, 1), Is.EqualTo(new[] { EntityLabels.Outside }), "the best path leaves it out");
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 1);
        var labels = new int[1];
        PosteriorDecoder.Decode(marginals, 1, new float[L], labels, new int[L]);
        Assert.That(labels, Is.EqualTo(new[] { person }), "log 0.4 + 0.7 > log 0.6");
    }

    [Test]
    public void Decode_NameFarLessLikelyThanOutside_IsNotTagged()
    {
        var weights = new ChainTransitions(new float[L * L], new float[L], new float[L], temperature: 1f);
        var scores = Enumerable.Repeat(-50f, L).ToArray();
        scores[EntityLabels.Outside] = MathF.Log(0.8f);
        scores[EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit)] = MathF.Log(0.2f);
        var marginals = new ChainMarginals();
        marginals.Compute(weights, scores, 1);
        var labels = new int[1];
        PosteriorDecoder.Decode(marginals, 1, new float[L], labels, new int[L]);
        Assert.That(labels, Is.EqualTo(new[] { EntityLabels.Outside }), "log 0.2 + 0.7 < log 0.8");
    }
}
