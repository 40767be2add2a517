using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>CoNLL sentences joined into one document text for document-level tagging, and split into documents.</summary>
public class ConllDocumentTests
{
    private static ConllSentence Sentence(params string[] words) => new(words, words, null);

    [Test]
    public void Document_JoinsWordsWithSpacesAndSentencesWithLineBreaks()
    {
        var document = new ConllDocument([Sentence("Tokayev", "konuştu"), Sentence("Astana", "'da"), Sentence("x")], 1, 2);
        Assert.That(document.Text, Is.EqualTo("Astana 'da\nx\n"));
        Assert.That((document.First, document.Count), Is.EqualTo((1, 2)));
        Assert.That(document.Tokens.Select(t => document.Text.Substring(t.Start, t.Length)), Is.EqualTo(new[] { "Astana", "'da", "x" }));
        Assert.That(document.Tokens.Select(t => t.Kind), Is.EqualTo(new[] { TokenKind.Word, TokenKind.Suffix, TokenKind.Word }));
        Assert.That(document.Sentences, Is.EqualTo(new[] { new Sentence(0, 10, 0, 2), new Sentence(11, 1, 2, 1) }));
    }

    [Test]
    public void Split_MakesRunsOfAtMostTheGivenSize_ThatDoNotCrossKnownDocumentStarts()
    {
        var sentences = Enumerable.Range(0, 7).Select(i => Sentence($"w{i}")).ToList();
        static (int, int)[] Runs(List<ConllDocument> documents) => documents.Select(d => (d.First, d.Count)).ToArray();

        Assert.That(Runs(ConllDocument.Split(sentences, 3)), Is.EqualTo(new[] { (0, 3), (3, 3), (6, 1) }));
        Assert.That(Runs(ConllDocument.Split(sentences, 1)), Has.Length.EqualTo(7));
        Assert.That(Runs(ConllDocument.Split(sentences, 3, new HashSet<int> { 0, 2, 4 })), Is.EqualTo(new[] { (0, 2), (2, 2), (4, 3) }));
        Assert.That(Runs(ConllDocument.Split(sentences, 10, new HashSet<int> { 5 })), Is.EqualTo(new[] { (0, 5), (5, 2) }));
    }
}
