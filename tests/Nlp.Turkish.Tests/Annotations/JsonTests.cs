using System.Text.Json;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Annotations;

/// <summary>The results in System.Text.Json: type names as the CLI writes them, and documents that round-trip.</summary>
public class JsonTests
{
    private const string Text = "Tokayev Astana'da AA'ya konuştu.";

    private static Document Build()
    {
        var tokenized = TurkishTokenizer.Default.Tokenize(Text);
        var mentions = new[]
        {
            new EntityMention(EntityType.Person, 0, 7, "Tokayev", "Tokayev", 0.97, 0, 1),
            new EntityMention(EntityType.Location, 8, 6, "Astana", "Astana", 0.9, 1, 1),
            new EntityMention(EntityType.Organization, 18, 2, "AA", "AA", 0.8, 3, 1),
        };
        return new Document(Text, tokenized.Tokens.ToArray(), tokenized.Sentences.ToArray(), mentions);
    }

    [Test]
    public void EntityType_IsWrittenAsItsTagName_WithOrWithoutTheContext()
    {
        Assert.That(JsonSerializer.Serialize(EntityType.Person), Is.EqualTo("\"PERSON\""));
        Assert.That(JsonSerializer.Serialize(EntityType.Organization), Is.EqualTo("\"ORGANIZATION\""));
        Assert.That(JsonSerializer.Deserialize<EntityType>("\"LOCATION\""), Is.EqualTo(EntityType.Location));
        var mention = Build().Entities[0];
        Assert.That(JsonSerializer.Serialize(mention, NlpJsonContext.Default.EntityMention), Does.StartWith("{\"type\":\"PERSON\",\"start\":0,\"length\":7,"));
    }

    [Test]
    public void Document_RoundTripsThroughTheSourceGeneratedContext()
    {
        var document = Build();
        var json = JsonSerializer.Serialize(document, NlpJsonContext.Default.Document);
        var back = JsonSerializer.Deserialize(json, NlpJsonContext.Default.Document)!;
        Assert.That(back.Text, Is.EqualTo(document.Text));
        Assert.That(back.Tokens, Is.EqualTo(document.Tokens));
        Assert.That(back.Sentences, Is.EqualTo(document.Sentences));
        Assert.That(back.Entities, Is.EqualTo(document.Entities));
        Assert.That(json, Does.Contain("\"kind\":\"Word\""));
        Assert.That(json, Does.Not.Contain("referents"), "derived views are left out");
    }

    [Test]
    public void Referents_Serialize_WithTheirMentions()
    {
        var json = JsonSerializer.Serialize(Build().Referents, NlpJsonContext.Default.IReadOnlyListReferent);
        using var parsed = JsonDocument.Parse(json);
        var first = parsed.RootElement[0];
        Assert.That(first.GetProperty("type").GetString(), Is.EqualTo("PERSON"));
        Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("Tokayev"));
        Assert.That(first.GetProperty("count").GetInt32(), Is.EqualTo(1));
        Assert.That(first.GetProperty("mentions")[0].GetProperty("start").GetInt32(), Is.Zero);
    }
}
