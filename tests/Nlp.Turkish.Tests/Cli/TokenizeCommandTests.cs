using System.Text.Json;

namespace Nlp.Turkish.Tests.Cli;

[SkipInMutationRun]
public class TokenizeCommandTests
{
    [Test]
    public void Tokenize_SeedArticle_PrintsJsonLinesWithExactOffsets()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "tokenize", TestData.SeedArticlePath);
        Assert.That(exitCode, Is.Zero, stderr);

        var text = TestData.SeedArticle;
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.GreaterThan(350));
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var start = root.GetProperty("start").GetInt32();
            var end = root.GetProperty("end").GetInt32();
            Assert.That(text[start..end], Is.EqualTo(root.GetProperty("text").GetString()));
        }

        Assert.That(stdout, Does.Contain("{\"text\":\"Tokayev\",\"start\":"));
        Assert.That(stdout, Does.Contain("{\"text\":\"'daki\","));
    }

    [Test]
    public void Tokenize_StandardInput_DropsBomAndCountsOffsetsAfterIt()
    {
        var (exitCode, stdout, _) = CliRunner.Run("\uFEFFTokayev'in", "tokenize", "-");
        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.Trim().Split('\n'), Is.EqualTo(new[]
        {
            "{\"text\":\"Tokayev\",\"start\":0,\"end\":7,\"kind\":\"word\"}",
            "{\"text\":\"'in\",\"start\":7,\"end\":10,\"kind\":\"suffix\"}",
        }));
    }

    [Test]
    public void Tokenize_MissingFile_PrintsOneLineAndFails()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "tokenize", "/nonexistent/haber.txt");
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr.Trim(), Is.EqualTo("nlp-tr: file not found: '/nonexistent/haber.txt'"));
    }

    [Test]
    public void Tokenize_Directory_PrintsOneLineAndFails()
    {
        var (exitCode, _, stderr) = CliRunner.Run(null, "tokenize", Path.GetTempPath());
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain("is a directory"));
    }

    [Test]
    public void Tokenize_InvalidUtf8_PrintsOneLineAndFails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nlp-tr-invalid-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0x41, 0xFF, 0xFE, 0x42]);
        try
        {
            var (exitCode, stdout, stderr) = CliRunner.Run(null, "tokenize", path);
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.Contain("not valid UTF-8"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("frobnicate")]
    [TestCase("tokenize", "--bogus")]
    public void BadArguments_PrintOneLineAndFail(params string[] args)
    {
        var (exitCode, _, stderr) = CliRunner.Run(null, args);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.StartWith("nlp-tr: "));
    }
}
