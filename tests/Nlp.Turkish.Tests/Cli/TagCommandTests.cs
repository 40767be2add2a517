using System.Text.Json;

namespace Nlp.Turkish.Tests.Cli;

[SkipInMutationRun]
public class TagCommandTests
{
    [Test]
    public void Tag_SeedArticle_PrintsEntitiesAsJsonLines()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "tag", TestData.SeedArticlePath);
        Assert.That(exitCode, Is.Zero, stderr);
        var text = TestData.SeedArticle;
        var entities = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(entities, Has.Count.GreaterThan(30));
        foreach (var entity in entities)
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            Assert.That(text[start..end], Is.EqualTo(entity.GetProperty("text").GetString()));
            Assert.That(entity.GetProperty("type").GetString(), Is.AnyOf("PERSON", "LOCATION", "ORGANIZATION"));
            Assert.That(entity.GetProperty("base").GetString(), Is.Not.Empty);
            Assert.That(entity.GetProperty("score").GetDouble(), Is.InRange(0.0, 1.0));
        }

        Assert.That(stdout, Does.Contain("{\"type\":\"PERSON\",\"start\":669,\"end\":689,\"text\":\"Kasım Cömert Tokayev\""));
    }

    [Test]
    public void Tag_ConllInput_AppendsOneTagPerLineAndKeepsSentenceBreaks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tag-{Guid.NewGuid():N}.conll");
        File.WriteAllText(path, "Tokayev\tX\n,\tX\nAstana\tX\n'da\tX\n\nBaşbakan\tX\nMesut\tX\nYılmaz\tX\n");
        try
        {
            var (exitCode, stdout, stderr) = CliRunner.Run(null, "tag", "--conll", path);
            Assert.That(exitCode, Is.Zero, stderr);
            var lines = stdout.Split('\n');
            Assert.That(lines[..9], Is.EqualTo(new[]
            {
                "Tokayev\tX\tB-PERSON", ",\tX\tO", "Astana\tX\tB-LOCATION", "'da\tX\tO", string.Empty, "Başbakan\tX\tO", "Mesut\tX\tB-PERSON", "Yılmaz\tX\tI-PERSON", string.Empty,
            }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Eval_Conll_PrintsTheReportsNumbersPerType()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "eval", "--gold", corpus);
        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.StartWith($"{corpus}: 20 sentences, 379 tokens"));
        AssertTable(stdout, Nlp.Turkish.Evaluation.ConllCorpus.Evaluate(EntityRecognizer.Default, corpus));
    }

    [Test]
    public void Eval_SpanAnnotatedJsonLines_ScoresTheRawTextPath()
    {
        var gold = BracketCorpus.Read(BracketCorpus.RegressionNewsPath);
        var lines = gold.Select(d => JsonSerializer.Serialize(new
        {
            text = d.Text,
            entities = d.Entities.Select(e => new { start = e.Start, end = e.End, type = e.Type.ToString().ToUpperInvariant() }),
        }));
        using var file = new TemporaryFile(string.Join('\n', lines) + "\n", ".jsonl");
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "eval", "--gold", file.Path);
        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.StartWith($"{file.Path}: {gold.Count} documents, raw text"));
        AssertTable(stdout, Nlp.Turkish.Evaluation.SpanCorpus.Evaluate(EntityRecognizer.Default, gold));
    }

    /// <summary>Each row of the eval table holds the report's numbers: P, R, F1 in percent, gold, predicted, tp, fp, fn.</summary>
    private static void AssertTable(string stdout, Nlp.Turkish.Evaluation.EvaluationReport report)
    {
        var rows = new[] { ("PERSON", report.For(EntityType.Person)), ("LOCATION", report.For(EntityType.Location)),
            ("ORGANIZATION", report.For(EntityType.Organization)), ("overall", report.Overall) };
        Assert.That(report.Overall.TruePositives, Is.GreaterThan(0));
        foreach (var (name, scores) in rows)
        {
            var line = stdout.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
            var numbers = line[name.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(numbers, Is.EqualTo(new[]
            {
                Percent(scores.Precision), Percent(scores.Recall), Percent(scores.F1), $"{scores.Gold}", $"{scores.Predicted}",
                $"{scores.TruePositives}", $"{scores.FalsePositives}", $"{scores.FalseNegatives}",
            }), line);
        }
    }

    private static string Percent(double value) => (value * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Tag_CorruptModel_PrintsOneLineAndFails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.model");
        File.WriteAllText(path, "not a model");
        try
        {
            var (exitCode, stdout, stderr) = CliRunner.Run("Tokayev", "tag", "--model", path);
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("cannot load model"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void TagConll_InvalidUtf8DeepInALargeFile_WritesNothingAndFails()
    {
        // Far more than one batch of documents is valid before the bad byte: a streaming writer would already have
        // written their tags.
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.conll");
        using (var file = File.Create(path))
        {
            var sentence = "Tokayev\nAstana\n'da\nkonuştu\n.\n\n"u8.ToArray();
            for (var i = 0; i < 20_000; i++)
            {
                file.Write(sentence);
            }

            file.Write([0x41, 0xFF, 0x0A]);
        }

        try
        {
            var (exitCode, stdout, stderr) = CliRunner.Run(null, "tag", "--conll", path);
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("not valid UTF-8"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Tag_UnknownFormat_Fails()
    {
        var (exitCode, _, stderr) = CliRunner.Run("Tokayev", "tag", "--format", "xml");
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("unknown format"));
    }
}
