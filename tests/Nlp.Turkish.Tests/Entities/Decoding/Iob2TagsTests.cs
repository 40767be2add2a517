using Nlp.Turkish.Entities;
using P = Nlp.Turkish.Entities.EntityLabels.Position;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>IOB2 tags read as conlleval reads them, and turned into the BILOU labels training learns.</summary>
public class Iob2TagsTests
{
    private static int L(EntityType type, P position) => EntityLabels.Label(type, position);

    [Test]
    public void ToLabels_GivesBeginInsideLastForLongEntities_AndUnitForOneToken()
    {
        string[] tags = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-LOCATION", "I-ORGANIZATION", "B-LOCATION", "I-LOCATION"];
        Assert.That(Iob2Tags.ToLabels(tags), Is.EqualTo(new[]
        {
            L(EntityType.Person, P.Begin), L(EntityType.Person, P.Inside), L(EntityType.Person, P.Last), EntityLabels.Outside,
            L(EntityType.Location, P.Unit), L(EntityType.Organization, P.Unit), L(EntityType.Location, P.Begin), L(EntityType.Location, P.Last),
        }));
        Assert.That(Iob2Tags.FromLabels(Iob2Tags.ToLabels(tags)), Is.EqualTo(tags.Select((t, i) => i == 5 ? "B-ORGANIZATION" : t)),
            "back to IOB2: the stray I- that starts an entity becomes B-");
    }

    [Test]
    public void Chunks_ReadIob2_AsConllevalDoes()
    {
        Assert.That(Iob2Tags.Chunks(["B-PERSON", "I-PERSON"]), Is.EquivalentTo(new[] { (0, 2, EntityType.Person) }));
        Assert.That(Iob2Tags.Chunks(["I-PERSON", "I-LOCATION", "B-LOCATION", "O", "I-LOCATION"]), Is.EquivalentTo(new[]
        {
            (0, 1, EntityType.Person), (1, 2, EntityType.Location), (2, 3, EntityType.Location), (4, 5, EntityType.Location),
        }));
    }

    [Test]
    public void Chunks_ReadBioesAndBilouPrefixes()
    {
        string[] tags = ["S-PERSON", "B-LOCATION", "E-LOCATION", "I-ORGANIZATION", "L-ORGANIZATION", "U-PERSON", "B-PERSON", "E-PERSON", "O"];
        Assert.That(Iob2Tags.Chunks(tags), Is.EquivalentTo(new[]
        {
            (0, 1, EntityType.Person), (1, 3, EntityType.Location), (3, 5, EntityType.Organization), (5, 6, EntityType.Person), (6, 8, EntityType.Person),
        }));
    }

    [Test]
    public void Chunks_EndAtEveryClosingPrefix_EvenWhenTheSameTypeContinues()
    {
        string[] tags = ["S-PERSON", "I-PERSON", "U-LOCATION", "E-LOCATION", "L-ORGANIZATION", "I-ORGANIZATION"];
        Assert.That(Iob2Tags.Chunks(tags), Is.EquivalentTo(new[]
        {
            (0, 1, EntityType.Person), (1, 2, EntityType.Person), (2, 3, EntityType.Location), (3, 4, EntityType.Location),
            (4, 5, EntityType.Organization), (5, 6, EntityType.Organization),
        }));
    }

    [Test]
    public void Chunks_IgnoreTagsWithoutAPrefixOrAType()
    {
        Assert.That(Iob2Tags.Chunks(["BxPERSON", "PERSON", "B-MISC", "B", "O"]), Is.Empty);
    }
}
