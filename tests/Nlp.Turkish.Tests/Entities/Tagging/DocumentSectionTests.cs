using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// A document longer than <see cref="EntityModel.MaxSectionTokens"/> is tagged as consecutive sections, each with
/// document hints of its own: the result equals tagging each section's text as a document of its own.
/// </summary>
[NonParallelizable]
public class DocumentSectionTests
{
    [Test]
    public void Analyze_DocumentOfTwoSections_EqualsEachSectionTaggedAlone()
    {
        // Alone, the follower's "Güneş" (a surname that is also the word "sun") reads as a place; after the article, whose
        // "Ayşe Güneş" is a person, the document hints make it a person.
        const string Article = "Cumhurbaşkanı Kasım Cömert Tokayev, Ayşe Güneş ile görüştü. Tokayev ve Ayşe Güneş, Astana'da ortak "
            + "açıklama yaptı. Ayşe Güneş teşekkür etti.";
        const string Follower = "Sonra Güneş ile Belgrad hakkında konuştu.";
        var text = Article + "\n\n" + Follower;
        Assert.That(EntityRecognizer.Default.Analyze(text).Entities.Where(e => e.Start > Article.Length).Select(e => (e.Text, e.Type)),
            Is.EqualTo(new[] { ("Güneş", EntityType.Person), ("Belgrad", EntityType.Location) }), "one section: the article's hints reach the follower");

        var first = EntityRecognizer.Default.Analyze(Article);
        var second = EntityRecognizer.Default.Analyze(Follower);
        var limit = EntityModel.MaxSectionTokens;
        try
        {
            EntityModel.MaxSectionTokens = first.Tokens.Count;
            var sectioned = EntityRecognizer.Default.Analyze(text);
            Assert.That(sectioned.Tokens, Has.Count.EqualTo(first.Tokens.Count + second.Tokens.Count));
            var shift = Article.Length + 2;
            var expected = first.Entities
                .Concat(second.Entities.Select(e => e with { Start = e.Start + shift, FirstToken = e.FirstToken + first.Tokens.Count }))
                .ToList();
            Assert.That(sectioned.Entities, Is.EqualTo(expected));
            Assert.That(sectioned.Entities.Where(e => e.Start > Article.Length).Select(e => (e.Text, e.Type)),
                Is.EqualTo(new[] { ("Güneş", EntityType.Location), ("Belgrad", EntityType.Location) }));
        }
        finally
        {
            EntityModel.MaxSectionTokens = limit;
        }
    }

    [Test]
    public void Analyze_SectionsOfOneWindowEach_KeepEveryOffsetExact()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(TestData.SeedArticle, 5));
        var limit = EntityModel.MaxSectionTokens;
        try
        {
            EntityModel.MaxSectionTokens = 1;
            var document = EntityRecognizer.Default.Analyze(text);
            Assert.That(document.Entities, Has.Count.GreaterThan(5 * 30));
            Assert.That(document.Entities.All(e => text.AsSpan(e.Start, e.Length).SequenceEqual(e.Text)), Is.True);
            Assert.That(document.Entities.Count(e => e.Text == "Tokayev"), Is.EqualTo(5 * 7));
        }
        finally
        {
            EntityModel.MaxSectionTokens = limit;
        }
    }
}
