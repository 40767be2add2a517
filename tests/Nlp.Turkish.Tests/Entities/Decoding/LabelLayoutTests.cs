using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>The layouts that fast paths hard-code agree with the label scheme they are derived from.</summary>
public class LabelLayoutTests
{
    [Test]
    public void ViterbiOpeners_AreTheLabelsThatMayFollowAClosingLabel()
    {
        var openers = Enumerable.Range(0, EntityLabels.Count).Where(y => EntityLabels.CanFollow(EntityLabels.Outside, y)).ToArray();
        Assert.That(ViterbiDecoder.Openers.ToArray().Select(b => (int)b), Is.EqualTo(openers));
        Assert.That(openers.All(EntityLabels.CanStart), Is.True);
    }

    [Test]
    public void ViterbiClosers_AreTheLabelsAfterWhichAnOpenerMayCome()
    {
        var closers = Enumerable.Range(0, EntityLabels.Count).Where(p => EntityLabels.CanFollow(p, EntityLabels.Outside)).ToArray();
        Assert.That(ViterbiDecoder.Closers.ToArray().Select(b => (int)b), Is.EqualTo(closers));
        Assert.That(closers.All(EntityLabels.CanEnd), Is.True);
    }

    [Test]
    public void Lanes_HoldEveryLabelInTwoVectorsOfEight()
    {
        Assert.That(EntityLabels.Lanes, Is.GreaterThanOrEqualTo(EntityLabels.Count));
        Assert.That(EntityLabels.Lanes, Is.EqualTo(2 * System.Runtime.Intrinsics.Vector256<float>.Count));
    }

    [Test]
    public void Labels_RoundTripThroughTypeAndPosition()
    {
        for (var label = 1; label < EntityLabels.Count; label++)
        {
            Assert.That(EntityLabels.Label(EntityLabels.TypeOf(label), EntityLabels.PositionOf(label)), Is.EqualTo(label));
        }

        Assert.That(EntityLabels.PositionOf(EntityLabels.Outside), Is.EqualTo(EntityLabels.Position.Outside));
    }
}
