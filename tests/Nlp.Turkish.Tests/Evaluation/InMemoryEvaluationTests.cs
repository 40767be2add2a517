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

    [Test]
    public void Evaluate_TaggedSentences_NamesWhatIsWrongWithASentence()
    {
        string ErrorOf(TaggedSentence sentence) =>
            Assert.Throws<ArgumentException>(() => ConllCorpus.Evaluate(EntityRecognizer.Default, [Sentences[0], sentence]))!.Message;

        Assert.That(ErrorOf(null!), Does.Contain("gold sentence 2 is null or lacks its words or tags"));
        Assert.That(ErrorOf(new TaggedSentence(null!, ["O"])), Does.Contain("gold sentence 2 is null or lacks its words or tags"));
        Assert.That(ErrorOf(new TaggedSentence(["Ali"], null!)), Does.Contain("gold sentence 2 is null or lacks its words or tags"));
        Assert.That(ErrorOf(new TaggedSentence(["Ali", "geldi"], ["B-PERSON"])), Does.Contain("gold sentence 2 has 2 words and 1 tags"));
        Assert.That(ErrorOf(new TaggedSentence([], [])), Does.Contain("gold sentence 2 has 0 words"));
        Assert.That(ErrorOf(new TaggedSentence(["Ali", ""], ["B-PERSON", "O"])), Does.Contain("gold sentence 2 has an empty word"));
        Assert.That(ErrorOf(new TaggedSentence(["Ali Veli", "geldi"], ["B-PERSON", "O"])), Does.Contain("gold sentence 2 has an empty word or one that holds white space"));

        // Word by word, as the lines of a file named after the sentence.
        Assert.That(ErrorOf(new TaggedSentence(["Ali", "geldi"], ["B-PERSON", null!])), Does.Contain("gold sentence 2:2: the tag is null"));
        Assert.That(ErrorOf(new TaggedSentence(["Ali", "geldi"], ["B-MISC", "O"])), Does.Contain("gold sentence 2:1: unknown entity type 'MISC'"));
        Assert.That(ErrorOf(new TaggedSentence(["Ali", "geldi"], ["B-PERSON", "O "])), Does.Contain("gold sentence 2:2: unknown tag 'O '"));
        Assert.That(ErrorOf(new TaggedSentence(["A\u0001li"], ["B-PERSON"])), Does.Contain("gold sentence 2:1: a control character (U+0001)"));
        Assert.That(ErrorOf(new TaggedSentence(["[PER", "Ali", "]"], ["O", "[PER Ali ]", "O"])), Does.Contain("bracket-annotated text"));
    }

    [Test]
    public void Evaluate_CountsDocumentsAsGroupsOfConsecutiveSentences()
    {
        TaggedSentence[] three = [Sentences[0], Sentences[1], Sentences[0]];
        Assert.That(ConllCorpus.Evaluate(EntityRecognizer.Default, three, documentSentences: 2).Documents, Is.EqualTo(2));
        Assert.That(ConllCorpus.Evaluate(EntityRecognizer.Default, three, documentSentences: 3).Documents, Is.EqualTo(1));
        Assert.That(ConllCorpus.Evaluate(EntityRecognizer.Default, three, documentSentences: 1).Documents, Is.EqualTo(3));
        var report = ConllCorpus.Evaluate(EntityRecognizer.Default, new StringReader(Conll), "gold", documentSentences: 1);
        Assert.That((report.Documents, report.Sentences, report.Tokens), Is.EqualTo((2, 2, 9)));
    }

    [Test]
    public void Evaluate_NullArgumentsAndNoSentencesPerDocument_AreRefusedByName()
    {
        var recognizer = EntityRecognizer.Default;
        Assert.That(Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(null!, Sentences))!.ParamName, Is.EqualTo("recognizer"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(recognizer, (IEnumerable<TaggedSentence>)null!))!.ParamName, Is.EqualTo("gold"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => ConllCorpus.Evaluate(recognizer, Sentences, 0))!.ParamName, Is.EqualTo("documentSentences"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(recognizer, (string)null!))!.ParamName, Is.EqualTo("goldPath"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(null!, new StringReader(Conll), "gold"))!.ParamName, Is.EqualTo("recognizer"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(recognizer, (TextReader)null!, "gold"))!.ParamName, Is.EqualTo("gold"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(recognizer, new StringReader(Conll), null!))!.ParamName, Is.EqualTo("name"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => ConllCorpus.Evaluate(recognizer, new StringReader(Conll), "gold", 0))!.ParamName, Is.EqualTo("documentSentences"));
        Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => ConllCorpus.Tag(recognizer, new StringReader(Conll), TextWriter.Null, 0))!.ParamName, Is.EqualTo("documentSentences"));
    }
}
