using Nlp.Turkish.Referents;

namespace Nlp.Turkish.Tests.Referents;

/// <summary>The grouping rules on hand-made mentions, without a model.</summary>
public class ReferentBuilderTests
{
    private static readonly Dictionary<string, string> NoAliases = [];

    [Test]
    public void SurnameJoinsTheFullName_AndTheFullNameIsTheName()
    {
        var referents = Build("Kasım Cömert Tokayev ile Tokayev'in ve Cömert Tokayev'e göre Tokayev", NoAliases,
            (EntityType.Person, "Kasım Cömert Tokayev"), (EntityType.Person, "Tokayev"), (EntityType.Person, "Cömert Tokayev"), (EntityType.Person, "Tokayev"));
        Assert.That(referents, Has.Count.EqualTo(1));
        Assert.That(referents[0].Name, Is.EqualTo("Kasım Cömert Tokayev"));
        Assert.That(referents[0].Count, Is.EqualTo(4));
        Assert.That(referents[0].Type, Is.EqualTo(EntityType.Person));
        Assert.That(referents[0].First.Start, Is.Zero);
    }

    [Test]
    public void SurnameBeforeTheFullName_JoinsIt()
    {
        var referents = Build("Vucic geldi. Aleksandar Vucic konuştu.", NoAliases, (EntityType.Person, "Vucic"), (EntityType.Person, "Aleksandar Vucic"));
        Assert.That(referents.Select(r => (r.Name, r.Count)), Is.EqualTo(new[] { ("Aleksandar Vucic", 2) }));
    }

    [Test]
    public void SharedSurname_JoinsTheNearestFullNameBefore()
    {
        var referents = Build("Ayşe Değirmenci ile Müge Değirmenci geldi. Değirmenci konuştu.", NoAliases,
            (EntityType.Person, "Ayşe Değirmenci"), (EntityType.Person, "Müge Değirmenci"), (EntityType.Person, "Değirmenci"));
        Assert.That(referents.Select(r => (r.Name, r.Count)), Is.EqualTo(new[] { ("Ayşe Değirmenci", 1), ("Müge Değirmenci", 2) }));
    }

    [Test]
    public void InflectedPlaces_AreOnePlace_WithAndWithoutApostrophe()
    {
        var referents = Build("Kazakistan'ın başkenti. Kazakistan'da ve Kazakistanda.", NoAliases,
            (EntityType.Location, "Kazakistan"), (EntityType.Location, "Kazakistan"), (EntityType.Location, "Kazakistanda"));
        Assert.That(referents.Select(r => (r.Name, r.Count)), Is.EqualTo(new[] { ("Kazakistan", 3) }));
    }

    [Test]
    public void CaseDoesNotSplitAName()
    {
        var referents = Build("ANKARA'da ve Ankara'da", NoAliases, (EntityType.Location, "ANKARA"), (EntityType.Location, "Ankara"));
        Assert.That(referents, Has.Count.EqualTo(1));
        Assert.That(referents[0].Count, Is.EqualTo(2));
    }

    [Test]
    public void DifferentTypes_AreNeverGrouped()
    {
        var referents = Build("Beşiktaş'ta Beşiktaş kazandı", NoAliases, (EntityType.Location, "Beşiktaş"), (EntityType.Organization, "Beşiktaş"));
        Assert.That(referents.Select(r => r.Type), Is.EqualTo(new[] { EntityType.Location, EntityType.Organization }));
    }

    [Test]
    public void ShortForm_JoinsTheNameItAbbreviates_InTheDocument()
    {
        var referents = Build("Türkiye Büyük Millet Meclisi toplandı. TBMM'de Merkez Bankası (MB) konuşuldu.", NoAliases,
            (EntityType.Organization, "Türkiye Büyük Millet Meclisi"), (EntityType.Organization, "TBMM"), (EntityType.Organization, "Merkez Bankası"), (EntityType.Organization, "MB"));
        Assert.That(referents.Select(r => (r.Name, r.Count)), Is.EqualTo(new[] { ("Türkiye Büyük Millet Meclisi", 2), ("Merkez Bankası", 2) }));
    }

    [Test]
    public void ShortForm_KnownToTheModel_JoinsItsFullName_OrIsNamedByIt()
    {
        var aliases = new Dictionary<string, string> { ["AA"] = "Anadolu Ajansı", ["AFAD"] = "Afet ve Acil Durum Yönetimi Başkanlığı" };
        var referents = Build("Anadolu Ajansı yazdı. AA'ya göre AFAD açıkladı.", aliases,
            (EntityType.Organization, "Anadolu Ajansı"), (EntityType.Organization, "AA"), (EntityType.Organization, "AFAD"));
        Assert.That(referents.Select(r => (r.Name, r.Count)), Is.EqualTo(new[] { ("Anadolu Ajansı", 2), ("Afet ve Acil Durum Yönetimi Başkanlığı", 1) }));
    }

    [Test]
    public void LowercaseWord_IsNotAShortForm()
    {
        // "Ab" is not written in capitals: it is no short form of "Avrupa Birliği".
        var referents = Build("Avrupa Birliği ve Ab", NoAliases, (EntityType.Organization, "Avrupa Birliği"), (EntityType.Organization, "Ab"));
        Assert.That(referents, Has.Count.EqualTo(2));
    }

    [Test]
    public void ReferentsAreOrderedByFirstMention_AndHoldEveryMentionOnce()
    {
        var mentions = new (EntityType, string)[]
        {
            (EntityType.Location, "Astana"), (EntityType.Person, "Tokayev"), (EntityType.Location, "Belgrad"),
            (EntityType.Person, "Kasım Cömert Tokayev"), (EntityType.Location, "Astana"),
        };
        var referents = Build("Astana Tokayev Belgrad Kasım Cömert Tokayev Astana", NoAliases, mentions);
        Assert.That(referents.Select(r => r.Name), Is.EqualTo(new[] { "Astana", "Kasım Cömert Tokayev", "Belgrad" }));
        Assert.That(referents.Sum(r => r.Count), Is.EqualTo(mentions.Length));
        Assert.That(referents.SelectMany(r => r.Mentions).Distinct().Count(), Is.EqualTo(mentions.Length));
        foreach (var referent in referents)
        {
            Assert.That(referent.Mentions.Select(m => m.Start), Is.Ordered);
        }
    }

    [Test]
    public void NoMentions_NoReferents()
    {
        Assert.That(ReferentBuilder.Build([], NoAliases), Is.Empty);
    }

    /// <summary>Mentions of the given texts, found left to right in <paramref name="text"/>.</summary>
    private static IReadOnlyList<Referent> Build(string text, Dictionary<string, string> aliases, params (EntityType Type, string Text)[] mentions)
    {
        var list = new List<EntityMention>();
        var at = 0;
        foreach (var (type, surface) in mentions)
        {
            at = text.IndexOf(surface, at, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), surface);
            list.Add(new EntityMention(type, at, surface.Length, surface, surface, 0.9, 0, 1));
            at += surface.Length;
        }

        return ReferentBuilder.Build(list, aliases);
    }
}
