using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>Evaluation on gold that is not in a file gives the report of the same data in a file.</summary>
public class InMemoryEvaluationTests
{
    private const string Conll = "Tokayev\tB-PERSON\n,\tO\nAstana\tB-LOCATION\n'da\tO\nkonuştu\tO\n\nVucic\tB-PERSON\nBelgrad\tB-LOCATION\n'a\tO\ndöndü\tO\n";

    private static readonly TaggedSentence[] Sentences =
    [
        new(["Tokayev", ",", "Astana", "'da", "konuştu"], ["B-PERSON", "O", "B-LOCATION", "O", "O"]),
        new(["Vucic", "Belgrad", "'a", "döndü"], ["B-PERSON", "B-LOCATION", "O", "O"]),
    ];

    [Test]
    public void Evaluate_TaggedSentences_EqualsTheSameFile()
    {
        var fromFile = ConllCorpus.Evaluate(EntityRecognizer.Default, new StringReader(Conll), "gold");
        var inMemory = ConllCorpus.Evaluate(EntityRecognizer.Default, Sentences);
        Assert.That(inMemory.Overall, Is.EqualTo(fromFile.Overall));
        Assert.That(inMemory.Tokens, Is.EqualTo(9));
        Assert.That(inMemory.Overall.Gold, Is.EqualTo(4));
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Organization })
        {
            Assert.That(inMemory.For(type), Is.EqualTo(fromFile.For(type)), type.ToString());
        }
    }

    [Test]
    public void Evaluate_TaggedSentences_RefusesNoneOrABadOne()
    {
        Assert.Throws<ArgumentException>(() => ConllCorpus.Evaluate(EntityRecognizer.Default, Array.Empty<TaggedSentence>()));
        var e = Assert.Throws<ArgumentException>(() => ConllCorpus.Evaluate(EntityRecognizer.Default, [Sentences[0], new TaggedSentence(["Ali"], ["B-XYZ"])]));
        Assert.That(e!.Message, Does.Contain("gold sentence 2"));
    }
}
