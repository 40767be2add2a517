using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Annotations;

/// <summary>From a mention to its sentence and tokens, from a sentence to its mentions, and each token's IOB2 tag.</summary>
public class DocumentNavigationTests
{
    private const string Text = "Kasım Cömert Tokayev Astana'da konuştu. Hava güzeldi. Vucic Belgrad'a döndü.";

    /// <summary>The tokenizer's document with hand-placed mentions (no model involved).</summary>
    private static Document Build()
    {
        var tokenized = TurkishTokenizer.Default.Tokenize(Text);
        EntityMention Mention(EntityType type, string surface)
        {
            var start = Text.IndexOf(surface, StringComparison.Ordinal);
            var first = tokenized.Tokens.ToList().FindIndex(t => t.Start == start);
            var last = tokenized.Tokens.ToList().FindIndex(t => t.End == start + surface.Length);
            return new EntityMention(type, start, surface.Length, surface, surface, 0.9, first, last - first + 1);
        }

        var mentions = new[]
        {
            Mention(EntityType.Person, "Kasım Cömert Tokayev"), Mention(EntityType.Location, "Astana"),
            Mention(EntityType.Person, "Vucic"), Mention(EntityType.Location, "Belgrad"),
        };
        return new Document(Text, tokenized.Tokens.ToArray(), tokenized.Sentences.ToArray(), mentions);
    }

    [Test]
    public void SentenceOf_AMention_IsTheSentenceThatHoldsIt()
    {
        var document = Build();
        Assert.That(document.Sentences, Has.Count.EqualTo(3));
        Assert.That(document.Entities.Select(m => document.GetText(document.SentenceOf(m))), Is.EqualTo(new[]
        {
            "Kasım Cömert Tokayev Astana'da konuştu.", "Kasım Cömert Tokayev Astana'da konuştu.", "Vucic Belgrad'a döndü.", "Vucic Belgrad'a döndü.",
        }));
    }

    [Test]
    public void SentenceIndexOf_EveryToken_AgreesWithTheSentenceRanges()
    {
        var document = Build();
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            var s = document.SentenceIndexOf(t);
            Assert.That(t, Is.InRange(document.Sentences[s].FirstToken, document.Sentences[s].EndToken - 1));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => document.SentenceIndexOf(document.Tokens.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SentenceIndexOf(-1));
    }

    [Test]
    public void TokensOf_AMention_AreItsWords()
    {
        var document = Build();
        Assert.That(document.TokensOf(document.Entities[0]).Select(document.GetText), Is.EqualTo(new[] { "Kasım", "Cömert", "Tokayev" }));
        Assert.That(document.TokensOf(document.Entities[1]).Select(document.GetText), Is.EqualTo(new[] { "Astana" }));
    }

    [Test]
    public void EntitiesIn_ASentence_AreItsMentions_AndNoneInASentenceWithout()
    {
        var document = Build();
        Assert.That(document.EntitiesIn(document.Sentences[0]).Select(m => m.Text), Is.EqualTo(new[] { "Kasım Cömert Tokayev", "Astana" }));
        Assert.That(document.EntitiesIn(document.Sentences[1]), Is.Empty);
        Assert.That(document.EntitiesIn(document.Sentences[2]).Select(m => m.Text), Is.EqualTo(new[] { "Vucic", "Belgrad" }));
    }

    [Test]
    public void Tags_GiveEachTokenItsIob2Label()
    {
        var document = Build();
        var tagged = document.Tokens.Select((t, i) => $"{document.GetText(t)}/{document.Tags[i]}");
        Assert.That(string.Join(" ", tagged), Is.EqualTo(
            "Kasım/B-PERSON Cömert/I-PERSON Tokayev/I-PERSON Astana/B-LOCATION 'da/O konuştu/O ./O Hava/O güzeldi/O ./O "
            + "Vucic/B-PERSON Belgrad/B-LOCATION 'a/O döndü/O ./O"));
        Assert.That(document.Tags, Is.SameAs(document.Tags), "worked out once");
    }

    [Test]
    public void ADocumentWithoutMentions_HasOnlyOTags_AndNoReferents()
    {
        var document = TurkishTokenizer.Default.Tokenize(Text);
        Assert.That(document.Tags, Has.All.EqualTo("O"));
        Assert.That(document.Referents, Is.Empty);
    }
}
