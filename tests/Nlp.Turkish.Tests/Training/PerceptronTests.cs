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
    public void Options_RefuseANegativeOrInfiniteMargin()
    {
        foreach (var margin in new[] { -1f, float.NaN, float.PositiveInfinity })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new EntityTrainingOptions { Margin = margin }.Validate(), margin.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
