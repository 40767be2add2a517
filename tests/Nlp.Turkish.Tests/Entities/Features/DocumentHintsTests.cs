using Nlp.Turkish.Entities;
using Nlp.Turkish.Tokenization;
using Position = Nlp.Turkish.Entities.EntityLabels.Position;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>The second stage's hints: a word's type elsewhere in the document, and a name's list.</summary>
public class DocumentHintsTests
{
    /// <summary>Tokenizes <paramref name="text"/> and computes its hints from stage-one labels given as (token text, type) for the tagged single-word names.</summary>
    private static (string[] Words, DocumentHint[] Hints) Hints(string text, params (string Word, EntityType Type)[] tagged)
    {
        var document = TurkishTokenizer.Default.Tokenize(text);
        var tokens = document.Tokens.ToArray();
        var words = tokens.Select(t => document.GetText(t)).ToArray();
        var labels = new int[tokens.Length];
        foreach (var (word, type) in tagged)
        {
            labels[Array.IndexOf(words, word)] = EntityLabels.Label(type, Position.Unit);
        }

        var lowers = tokens.Select(t => FeatureHash.OfLower(t.GetSpan(text))).ToArray();
        var hints = new DocumentHint[tokens.Length];
        DocumentHints.Compute(text, tokens, labels, lowers, hints);
        return (words, hints);
    }

    private static (int Others, int Own) ListOf(string[] words, DocumentHint[] hints, string word) =>
        DocumentHints.ListPart(hints[Array.IndexOf(words, word)]);

    private const int None = 0;
    private const int Person = 1 + (int)EntityType.Person;
    private const int Location = 1 + (int)EntityType.Location;
    private const int Organization = 1 + (int)EntityType.Organization;

    [Test]
    public void ListHint_GivesEachNameTheTypeMostOftenGivenToTheOthers()
    {
        var (words, hints) = Hints("Osmangazi, Yıldırım, Nilüfer ve Gürsu ilçelerinde yağış var.",
            ("Osmangazi", EntityType.Location), ("Yıldırım", EntityType.Person), ("Gürsu", EntityType.Location));

        Assert.That(ListOf(words, hints, "Nilüfer"), Is.EqualTo((Location, None)), "two places among the others, this name untagged");
        Assert.That(ListOf(words, hints, "Yıldırım"), Is.EqualTo((Location, Person)));
        Assert.That(ListOf(words, hints, "Osmangazi"), Is.EqualTo((None, None)), "a person and a place among the others: a tie gives nothing");
        Assert.That(ListOf(words, hints, "ilçelerinde"), Is.EqualTo((None, None)));
    }

    [Test]
    public void ListHint_JoinsNamesAcrossTheirSuffixesAndCoversEveryWordOfAName()
    {
        var (words, hints) = Hints("Siemens, Harman Kardon'un ve Osram'ın ürünleri.",
            ("Siemens", EntityType.Organization), ("Osram", EntityType.Organization));

        Assert.That(ListOf(words, hints, "Harman"), Is.EqualTo((Organization, None)));
        Assert.That(ListOf(words, hints, "Kardon"), Is.EqualTo((Organization, None)));
        Assert.That(ListOf(words, hints, "'un"), Is.EqualTo((None, None)), "the suffix is not part of the name");
        Assert.That(DocumentHints.WordPart(hints[Array.IndexOf(words, "Siemens")]), Is.EqualTo(DocumentHint.TaggedOrganization), "the word part stays");
    }

    [Test]
    public void ListHint_NeedsAConjunctionOrCommaAloneBetweenNames()
    {
        var (words, hints) = Hints("Ankara dün İzmir ile görüştü. Ankara ile de görüştü.",
            ("Ankara", EntityType.Location));

        Assert.That(ListOf(words, hints, "İzmir"), Is.EqualTo((None, None)), "'dün' and 'ile' stand between them");
        Assert.That(hints.Select(DocumentHints.ListPart), Has.All.EqualTo((None, None)));
    }

    [Test]
    public void WordHint_IsUnchangedByTheListPart()
    {
        var (words, hints) = Hints("Tokayev, Vucic ve Astana. Tokayev geldi.", ("Tokayev", EntityType.Person), ("Vucic", EntityType.Person));

        var later = Array.LastIndexOf(words, "Tokayev");
        Assert.That(hints[later], Is.EqualTo(DocumentHint.ElsewherePerson), "tagged elsewhere, and no list there");
        Assert.That(ListOf(words, hints, "Astana"), Is.EqualTo((Person, None)));
        Assert.That(DocumentHints.WordPart(hints[Array.IndexOf(words, "Astana")]), Is.EqualTo(DocumentHint.None));
    }
}
