using System.Text.Json;

namespace Nlp.Turkish.Tests.Cli;

/// <summary><c>nlp-tr tag --input lines|jsonl</c>: one result line per document, in input order, equal to tagging each alone.</summary>
public class StreamInputTests
{
    private static readonly string[] Paragraphs = TestData.SeedArticle.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Replace('\n', ' ')).ToArray();

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static string[] Texts(JsonElement result) =>
        result.GetProperty("entities").EnumerateArray().Select(e => $"{e.GetProperty("type").GetString()} {e.GetProperty("text").GetString()} {e.GetProperty("start").GetInt32()}").ToArray();

    private static string[] Expected(string text) =>
        EntityRecognizer.Default.Analyze(text).Entities.Select(e => $"{e.Type.ToString().ToUpperInvariant()} {e.Text} {e.Start}").ToArray();

    [Test]
    public void Lines_GiveOneResultPerLine_EmptyLinesIncluded_InOrder_AcrossBatches()
    {
        // 1,100 lines: more than two batches of 512, tagged on two threads; every seventh line empty.
        var lines = Enumerable.Range(0, 1_100).Select(i => i % 7 == 3 ? "" : $"{Paragraphs[i % Paragraphs.Length]} {i}").ToArray();
        var (exitCode, stdout, stderr) = CliRunner.Run(string.Join("\n", lines) + "\n", "tag", "-", "--input", "lines", "--threads", "2");
        Assert.That(exitCode, Is.Zero, stderr);
        var results = Lines(stdout);
        Assert.That(results.Select(r => r.GetProperty("line").GetInt64()), Is.EqualTo(Enumerable.Range(1, lines.Length).Select(n => (long)n)));
        for (var i = 0; i < lines.Length; i += 37)
        {
            Assert.That(Texts(results[i]), Is.EqualTo(Expected(lines[i])), $"line {i + 1}");
        }

        Assert.That(results.Where((_, i) => lines[i].Length == 0).All(r => r.GetProperty("entities").GetArrayLength() == 0));
    }

    [Test]
    public void Jsonl_CopiesTheIdAsWritten_AndTagsTheTextField()
    {
        var input = string.Join("\n",
            """{"doc": 7, "body": "Tokayev, Astana'da konuştu."}""",
            "",
            """{"doc": "b-2", "body": "Vucic Belgrad'a döndü.", "other": [1, 2]}""",
            """{"doc": {"site": "aa", "n": 3}, "body": ""}""",
            """{"body": "AA'ya göre Tokayev konuştu."}""");
        var (exitCode, stdout, stderr) = CliRunner.Run(input, "tag", "--input", "jsonl", "--id-field", "doc", "--text-field", "body");
        Assert.That(exitCode, Is.Zero, stderr);
        var results = Lines(stdout);
        Assert.That(results, Has.Count.EqualTo(4), "the empty line is no document");
        Assert.That(results.Select(r => r.GetProperty("doc").GetRawText()), Is.EqualTo(new[] { "7", "\"b-2\"", """{"site": "aa", "n": 3}""", "null" }));
        Assert.That(Texts(results[0]), Is.EqualTo(Expected("Tokayev, Astana'da konuştu.")));
        Assert.That(Texts(results[1]), Is.EqualTo(Expected("Vucic Belgrad'a döndü.")));
        Assert.That(results[2].GetProperty("entities").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Jsonl_ABadLine_StopsTheStreamThere_WithItsLineNumber_AfterWritingTheDocumentsBefore()
    {
        var input = "{\"id\": 1, \"text\": \"Tokayev, Astana'da.\"}\n{\"id\": 2}\n{\"id\": 3, \"text\": \"Vucic\"}\n";
        var (exitCode, stdout, stderr) = CliRunner.Run(input, "tag", "--input", "jsonl");
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("standard input:2: no string field \"text\""));
        Assert.That(Lines(stdout).Select(r => r.GetProperty("id").GetInt32()), Is.EqualTo(new[] { 1 }));

        (exitCode, _, stderr) = CliRunner.Run("[1, 2]\n", "tag", "--input", "jsonl");
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("standard input:1: expected a JSON object"));
    }

    [TestCase("--input", "csv", "unknown input kind 'csv'")]
    [TestCase("--input", "lines", "--format does not apply to --input", "--format", "text")]
    [TestCase("--input", "lines", "--id-field and --text-field apply to --input jsonl", "--id-field", "x")]
    public void BadCombinations_AreRefused(string option, string value, string message, params string[] more)
    {
        var (exitCode, _, stderr) = CliRunner.Run("Tokayev\n", ["tag", option, value, .. more]);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(message));
    }
}
