using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>Streaming CoNLL tagging: the same tags on one thread, on all cores and by the evaluation path, in input order.</summary>
public class ConllTaggingTests
{
    private static string SeedConll => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll"));

    /// <summary>The seed article's 20 sentences 40 times with a marker token per copy: 800 sentences, 32 documents of 25, several batches.</summary>
    private static string LongInput()
    {
        var builder = new System.Text.StringBuilder();
        for (var copy = 0; copy < 40; copy++)
        {
            builder.Append("Kopya").Append(copy).Append("\tO\n\n");
            builder.Append(SeedConll.TrimEnd('\n')).Append("\n\n");
        }

        return builder.ToString();
    }

    private static string Tag(string input, int threads, int documentSentences)
    {
        using var output = new StringWriter();
        ConllCorpus.Tag(EntityRecognizer.Default, new StringReader(input), output, documentSentences, threads);
        return output.ToString();
    }

    [Test]
    public void Tag_AllCores_GivesTheOneThreadOutputInInputOrder()
    {
        var input = LongInput();
        var single = Tag(input, 1, 3);
        Assert.That(Tag(input, -1, 3), Is.EqualTo(single));
        Assert.That(Tag(input, 3, 3), Is.EqualTo(single));
    }

    [Test]
    public void Tag_WritesEveryInputLineWithATagAndTheEvaluationPathsTags()
    {
        var input = LongInput();
        var output = Tag(input, -1, ConllCorpus.DefaultDocumentSentences).Split('\n');
        var inputLines = input.Split('\n');
        Assert.That(output, Has.Length.EqualTo(inputLines.Length));

        var sentences = ConllReader.Read(new StringReader(input), requireTags: false, "input");
        var expected = ConllCorpus.Predict(EntityRecognizer.Default, sentences, ConllCorpus.DefaultDocumentSentences);
        var line = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < sentences[s].Lines.Count; i++, line++)
            {
                Assert.That(output[line], Is.EqualTo($"{sentences[s].Lines[i]}\t{expected[s][i]}"), $"line {line + 1}");
            }

            Assert.That(output[line++], Is.Empty, $"line {line}: a blank line after each sentence");
        }

        Assert.That(output.Count(l => l.EndsWith("\tB-PERSON", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(40 * 5), "predicted persons");
    }

    [Test]
    public void Tag_InvalidDegreeOfParallelism_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tag("Tokayev\n", 0, 25));
}
