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

    [Test]
    public void Apply_ForbidsExactlyTheStepsTheSchemeForbids()
    {
        const int L = EntityLabels.Count;
        var transitions = new float[L * L];
        var start = new float[L];
        var end = new float[L];
        BilouConstraints.Apply(transitions, start, end);
        for (var p = 0; p < L; p++)
        {
            Assert.That(BilouConstraints.IsForbidden(start[p]), Is.EqualTo(!EntityLabels.CanStart(p)), $"start {p}");
            Assert.That(BilouConstraints.IsForbidden(end[p]), Is.EqualTo(!EntityLabels.CanEnd(p)), $"end {p}");
            for (var y = 0; y < L; y++)
            {
                Assert.That(BilouConstraints.IsForbidden(transitions[(p * L) + y]), Is.EqualTo(!EntityLabels.CanFollow(p, y)), $"{p} -> {y}");
            }
        }

        Assert.That(BilouConstraints.IsForbidden(BilouConstraints.Forbidden), Is.True);
        Assert.That(BilouConstraints.IsForbidden(-1e8f), Is.False);
    }

    [TestCase(EntityType.Person)]
    [TestCase(EntityType.Location)]
    [TestCase(EntityType.Organization)]
    public void Label_OutsideOfAnyType_IsOutside(EntityType type) =>
        Assert.That(EntityLabels.Label(type, EntityLabels.Position.Outside), Is.EqualTo(EntityLabels.Outside));

    [TestCase("PERSON", EntityType.Person)]
    [TestCase("PER", EntityType.Person)]
    [TestCase("LOCATION", EntityType.Location)]
    [TestCase("LOC", EntityType.Location)]
    [TestCase("ORGANIZATION", EntityType.Organization)]
    [TestCase("ORG", EntityType.Organization)]
    public void TryParseType_TakesTheNamesAndTheirAbbreviations(string name, EntityType type)
    {
        Assert.That(EntityLabels.TryParseType(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(type));
    }

    [TestCase("person")]
    [TestCase("MISC")]
    [TestCase("")]
    public void TryParseType_RefusesOtherNames(string name) => Assert.That(EntityLabels.TryParseType(name, out _), Is.False);
}
