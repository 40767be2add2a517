using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>The SIMD Viterbi decoder against its slow twin: the best valid BILOU sequence found by enumeration.</summary>
public class ViterbiDecoderTests
{
    [Test]
    public void Decode_EqualsTheArgmaxOverEveryValidSequence([Range(1, 4)] int n, [Range(1, 60)] int seed)
    {
        var (weights, scores) = ChainEnumeration.RandomChain((n * 1000) + seed, n, spread: 3, temperature: 1f);
        Assert.That(ChainEnumeration.Viterbi(weights, scores, n), Is.EqualTo(ChainEnumeration.Argmax(weights, scores, n)), $"n {n}, seed {seed}");
    }

    [Test]
    public void Decode_StrongInsideScores_StillGivesAValidSequence()
    {
        // Every token prefers I-PERSON, which may neither start nor end a sequence, nor follow O.
        const int n = 5;
        var weights = new ChainTransitions(new float[EntityLabels.Count * EntityLabels.Count], new float[EntityLabels.Count],
            new float[EntityLabels.Count], temperature: 1f);
        var scores = new float[n * EntityLabels.Count];
        var inside = EntityLabels.Label(EntityType.Person, EntityLabels.Position.Inside);
        for (var i = 0; i < n; i++)
        {
            scores[(i * EntityLabels.Count) + inside] = 10;
        }

        var labels = ChainEnumeration.Viterbi(weights, scores, n);
        Assert.That(labels, Is.EqualTo(ChainEnumeration.Argmax(weights, scores, n)));
        Assert.That(EntityLabels.CanStart(labels[0]) && EntityLabels.CanEnd(labels[^1]), Is.True);
        Assert.That(Enumerable.Range(1, n - 1).All(i => EntityLabels.CanFollow(labels[i - 1], labels[i])), Is.True);
    }

    /// <summary>With every score and weight zero, all valid sequences tie: ties break towards the lower label, Outside.</summary>
    [TestCase(1)]
    [TestCase(3)]
    public void Decode_Ties_BreakTowardsTheLowerLabel(int n)
    {
        var weights = new ChainTransitions(new float[EntityLabels.Count * EntityLabels.Count], new float[EntityLabels.Count],
            new float[EntityLabels.Count], temperature: 1f);
        Assert.That(ChainEnumeration.Viterbi(weights, new float[n * EntityLabels.Count], n), Is.EqualTo(new int[n]));
    }
}
