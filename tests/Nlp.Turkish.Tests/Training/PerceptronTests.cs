using Nlp.Turkish.Entities;
using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Training;

namespace Nlp.Turkish.Tests.Training;

/// <summary>The perceptron's update rule on a two-token example, with and without a margin.</summary>
public class PerceptronTests
{
    /// <summary>
    /// <c>Tokayev konuştu</c> as feature ids: each token fires one feature of its own (0 and 1) and the bias (2); gold is
    /// U-PERSON, O.
    /// </summary>
    private static TrainingExample Example() =>
        new(new ConllDocument([], 0, 0), 0, [EntityLabels.Label(EntityType.Person, EntityLabels.Position.Unit), EntityLabels.Outside])
        {
            Ids = [0, 2, 1, 2],
            Offsets = [0, 2, 4],
        };

    /// <summary>Trains on the example alone for <paramref name="epochs"/> epochs and returns the averaged weights.</summary>
    private static (float[] Emissions, float[] Structure) Trained(float margin, int epochs)
    {
        var perceptron = new Perceptron(3, margin);
        var scratch = new TrainingBuffers();
        var example = Example();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            perceptron.Train(example, scratch);
        }

        return perceptron.Averaged();
    }

    /// <summary>Whether the weights decode the example to its gold labels when every wrong label scores <paramref name="cost"/> more.</summary>
    private static bool WinsBy(float cost, (float[] Emissions, float[] Structure) weights)
    {
        var example = Example();
        var labels = new int[example.Length];
        new Perceptron(0).Decode(example, weights.Emissions, weights.Structure, labels, new TrainingBuffers(), example.Gold, cost);
        return labels.AsSpan().SequenceEqual(example.Gold);
    }

    [Test]
    public void PlainPerceptron_StopsAtTheFirstCorrectDecoding()
    {
        var weights = Trained(margin: 0, epochs: 30);

        Assert.Multiple(() =>
        {
            Assert.That(WinsBy(0, weights), Is.True, "the gold sequence wins");
            Assert.That(WinsBy(4, weights), Is.False, "but only just: one update's worth");
        });
    }

    [Test]
    public void Margin_TrainsTheGoldSequenceToWinByTheMargin()
    {
        var weights = Trained(margin: 8, epochs: 30);

        Assert.Multiple(() =>
        {
            Assert.That(WinsBy(0, weights), Is.True);
            Assert.That(WinsBy(4, weights), Is.True, "the gold sequence wins with every wrong label 4 ahead");
        });
    }

    [Test]
    public void Margin_WithoutGoldLabels_IsPlainDecoding()
    {
        var weights = Trained(margin: 0, epochs: 3);
        var example = Example();
        var plain = new int[example.Length];
        var costed = new int[example.Length];
        var decoder = new Perceptron(0);

        decoder.Decode(example, weights.Emissions, weights.Structure, plain, new TrainingBuffers());
        decoder.Decode(example, weights.Emissions, weights.Structure, costed, new TrainingBuffers(), default, margin: 100);

        Assert.That(costed, Is.EqualTo(plain));
    }

    [Test]
    public void MissCost_MakesLeavingOutTheGoldEntityTheCostliestLabelThere()
    {
        // With all weights zero, cost-augmented decoding picks the costliest labels: at the gold U-PERSON token every
        // wrong label costs one margin, and the outside label three when a person's miss costs 3.
        var example = Example();
        var zero = (Emissions: new float[3 * EntityLabels.Count], Structure: new float[(EntityLabels.Count * EntityLabels.Count) + (2 * EntityLabels.Count)]);
        var plain = new int[example.Length];
        var costed = new int[example.Length];

        new Perceptron(0).Decode(example, zero.Emissions, zero.Structure, plain, new TrainingBuffers(), example.Gold, 8);
        new Perceptron(0, 8, [3, 1, 1]).Decode(example, zero.Emissions, zero.Structure, costed, new TrainingBuffers(), example.Gold, 8);

        Assert.Multiple(() =>
        {
            Assert.That(plain[0], Is.Not.EqualTo(EntityLabels.Outside), "one margin each: the first wrong label wins the tie");
            Assert.That(costed[0], Is.EqualTo(EntityLabels.Outside), "three margins for leaving the person out");
        });
    }

    [Test]
    public void EntityCost_MakesEveryWrongLabelAtTheGoldEntityCostlierThanElsewhere()
    {
        // All weights zero: at the gold U-PERSON token (token 0) every wrong label costs 3 margins with a person's entity
        // cost of 3, the outside label 5 with a miss cost of 3 on top; at the other tokens, outside the entity, one.
        var example = Example();
        var zero = (Emissions: new float[3 * EntityLabels.Count], Structure: new float[(EntityLabels.Count * EntityLabels.Count) + (2 * EntityLabels.Count)]);
        var scratch = new TrainingBuffers();
        var labels = new int[example.Length];

        new Perceptron(0, 8, entityCosts: [3, 1, 1]).Decode(example, zero.Emissions, zero.Structure, labels, scratch, example.Gold, 8);
        var entityOnly = scratch.Scores(example.Length)[..EntityLabels.Count].ToArray();
        new Perceptron(0, 8, [3, 1, 1], [3, 1, 1]).Decode(example, zero.Emissions, zero.Structure, labels, scratch, example.Gold, 8);
        var both = scratch.Scores(example.Length).ToArray();

        var gold = example.Gold[0];
        Assert.Multiple(() =>
        {
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                Assert.That(entityOnly[y], Is.EqualTo(y == gold ? 0 : 24), $"entity cost, label {EntityLabels.Name(y)}");
                Assert.That(both[y], Is.EqualTo(y == gold ? 0 : y == EntityLabels.Outside ? 40 : 24), $"entity and miss cost, label {EntityLabels.Name(y)}");
            }

            Assert.That(both[EntityLabels.Count + 1], Is.EqualTo(8), "token 1, outside the entity: B-PERSON costs one margin");
        });
    }

    [Test]
    public void MissCost_OfOne_TrainsTheSameWeightsAsNone()
    {
        static (float[], float[]) Train(float[]? missCosts)
        {
            var perceptron = missCosts is null ? new Perceptron(3, 8) : new Perceptron(3, 8, missCosts);
            var scratch = new TrainingBuffers();
            for (var epoch = 0; epoch < 10; epoch++)
            {
                perceptron.Train(Example(), scratch);
            }

            return perceptron.Averaged();
        }

        var (plainEmissions, plainStructure) = Train(null);
        var (oneEmissions, oneStructure) = Train([1, 1, 1]);
        var (costedEmissions, _) = Train([4, 1, 1]);

        Assert.Multiple(() =>
        {
            Assert.That(oneEmissions, Is.EqualTo(plainEmissions));
            Assert.That(oneStructure, Is.EqualTo(plainStructure));
            Assert.That(costedEmissions, Is.Not.EqualTo(plainEmissions), "a person's miss costing 4 margins trains further");
        });
    }

    [Test]
    public void Options_RefuseBadMissCosts()
    {
        foreach (var cost in new[] { 0f, -1f, float.NaN, float.PositiveInfinity })
        {
            var options = new EntityTrainingOptions { Margin = 8, MissCosts = new Dictionary<EntityType, float> { [EntityType.Organization] = cost } };
            Assert.Throws<ArgumentOutOfRangeException>(options.Validate, cost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Multiple(() =>
        {
            var unknown = new EntityTrainingOptions { Margin = 8, MissCosts = new Dictionary<EntityType, float> { [(EntityType)7] = 2 } };
            Assert.That(Assert.Throws<ArgumentException>(unknown.Validate)!.Message, Does.Contain("not an entity type"));
            var noMargin = new EntityTrainingOptions { MissCosts = new Dictionary<EntityType, float> { [EntityType.Location] = 2 } };
            Assert.That(Assert.Throws<ArgumentException>(noMargin.Validate)!.Message, Does.Contain("give a Margin"));
            Assert.That(new EntityTrainingOptions { MissCosts = new Dictionary<EntityType, float> { [EntityType.Location] = 1 } }.MissCostsByType(),
                Is.EqualTo(new[] { 1f, 1f, 1f }), "a cost of 1 needs no margin");
            Assert.That(new EntityTrainingOptions { Margin = 8, MissCosts = new Dictionary<EntityType, float> { [EntityType.Organization] = 2 } }.MissCostsByType(),
                Is.EqualTo(new[] { 1f, 1f, 2f }));
        });
    }

    [Test]
    public void Options_RefuseBadEntityCosts()
    {
        Assert.Multiple(() =>
        {
            var zero = new EntityTrainingOptions { Margin = 8, EntityCosts = new Dictionary<EntityType, float> { [EntityType.Person] = 0 } };
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(zero.Validate)!.Message, Does.Contain("entity cost of Person"));
            var noMargin = new EntityTrainingOptions { EntityCosts = new Dictionary<EntityType, float> { [EntityType.Location] = 2 } };
            Assert.That(Assert.Throws<ArgumentException>(noMargin.Validate)!.ParamName, Is.EqualTo(nameof(EntityTrainingOptions.EntityCosts)));
            Assert.That(new EntityTrainingOptions { Margin = 8, EntityCosts = new Dictionary<EntityType, float> { [EntityType.Location] = 2 } }.EntityCostsByType(),
                Is.EqualTo(new[] { 1f, 2f, 1f }));
        });
    }

    [Test]
    public void Options_RefuseANegativeOrInfiniteMargin()
    {
        foreach (var margin in new[] { -1f, float.NaN, float.PositiveInfinity })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new EntityTrainingOptions { Margin = margin }.Validate(), margin.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
