namespace Nlp.Turkish.Tests.Referents;

/// <summary>The shipped model's referents on the seed article: as a reader would list who and what it is about.</summary>
public class SeedArticleReferentTests
{
    [Test]
    public void Referents_OfTheSeedArticle_AreThePeoplePlacesAndAgencyItNames()
    {
        var document = EntityRecognizer.Default.Analyze(TestData.SeedArticle);
        var referents = document.Referents.Select(r => (r.Type, r.Name, r.Count)).ToList();
        Assert.That(referents, Does.Contain((EntityType.Person, "Kasım Cömert Tokayev", 8)));
        Assert.That(referents, Does.Contain((EntityType.Person, "Aleksandar Vucic", 8)));
        Assert.That(referents, Does.Contain((EntityType.Location, "Kazakistan", 12)));
        Assert.That(referents, Does.Contain((EntityType.Location, "Sırbistan", 9)));
        Assert.That(referents, Does.Contain((EntityType.Organization, "Anadolu Ajansı", 1)), "AA, known to the model by its full name");
        Assert.That(referents.Count(r => r.Type == EntityType.Person), Is.EqualTo(2));
    }

    [Test]
    public void Referents_PartitionTheMentions_InOrderOfFirstMention()
    {
        var document = EntityRecognizer.Default.Analyze(TestData.SeedArticle);
        var referents = document.Referents;
        Assert.That(referents.SelectMany(r => r.Mentions).OrderBy(m => m.Start), Is.EqualTo(document.Entities));
        Assert.That(referents.Select(r => r.First.Start), Is.Ordered);
        Assert.That(referents.All(r => r.Mentions.All(m => m.Type == r.Type)));
        Assert.That(document.Referents, Is.SameAs(referents), "worked out once");
    }
}
