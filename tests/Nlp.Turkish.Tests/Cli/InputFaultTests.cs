namespace Nlp.Turkish.Tests.Cli;

/// <summary>
/// What a new user meets with bad input: one line on stderr that names the file and line, exit code 1 (never 70,
/// which is for nlp-tr's own faults), and failures that come before long work instead of after it.
/// </summary>
[SkipInMutationRun]
public class InputFaultTests
{
    private const string EmptyTokenColumn = "Ali\tB-PERSON\n Veli\tI-PERSON\ngeldi\tO\n";

    private static void AssertUserError((int ExitCode, string Stdout, string Stderr) result, params string[] expected)
    {
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        var lines = result.Stderr.Trim().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), result.Stderr);
        Assert.That(lines[0], Does.StartWith("nlp-tr: "));
        Assert.That(lines[0].Any(char.IsControl), Is.False, "no raw control characters on the terminal");
        foreach (var part in expected)
        {
            Assert.That(lines[0], Does.Contain(part));
        }
    }

    [Test]
    public void Train_EmptyTokenColumn_NamesFileAndLine()
    {
        using var file = new TemporaryFile(EmptyTokenColumn, ".conll");
        using var output = new TemporaryFile("", ".bin");
        AssertUserError(CliRunner.Run(null, "train", "--train", file.Path, "--out", output.Path), $"{file.Path}:2: the token column is empty");
    }

    [Test]
    public void Train_SpanFileWithASpanPastItsText_NamesFileAndLine()
    {
        using var file = new TemporaryFile("{\"text\": \"Astana\", \"entities\": []}\n{\"text\": \"Tokayev\", \"entities\": [{\"start\": 0, \"end\": 9, \"type\": \"PER\"}]}\n", ".jsonl");
        using var output = new TemporaryFile("", ".bin");
        AssertUserError(CliRunner.Run(null, "train", "--train", file.Path, "--out", output.Path), $"{file.Path}:2");
    }

    [Test]
    public void Eval_EmptyTokenColumn_NamesFileAndLine()
    {
        using var file = new TemporaryFile(EmptyTokenColumn, ".conll");
        AssertUserError(CliRunner.Run(null, "eval", "--gold", file.Path), $"{file.Path}:2: the token column is empty");
    }

    [Test]
    public void TagConll_EmptyTokenColumn_NamesFileAndLine()
    {
        using var file = new TemporaryFile(EmptyTokenColumn, ".conll");
        AssertUserError(CliRunner.Run(null, "tag", "--conll", file.Path), $"{file.Path}:2: the token column is empty");
    }

    [TestCase("B-MISC", "unknown entity type 'MISC'")]
    [TestCase("b-location", "unknown tag 'b-location'")]
    [TestCase("XYZ", "unknown tag 'XYZ'")]
    public void Eval_UnknownTag_NamesFileAndLine(string tag, string expected)
    {
        using var file = new TemporaryFile($"Tokayev\tB-PERSON\nAstana\t{tag}\n", ".conll");
        AssertUserError(CliRunner.Run(null, "eval", "--gold", file.Path), $"{file.Path}:2: {expected}");
    }

    [Test]
    public void Eval_TrailingSpaceAfterTags_ScoresTheTagsAndWarnsOnce()
    {
        using var file = new TemporaryFile("Tokayev\tB-PERSON \n,\tO \nAstana\tB-LOCATION \n'da\tO \nkonuştu\tO \n", ".conll");
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "eval", "--gold", file.Path);
        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.Match(@"overall\s+100\.00\s+100\.00\s+100\.00\s+2\s+2"));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain($"{file.Path}:1: warning: white space after the last column is ignored"));
    }

    [Test]
    public void Eval_BinaryGold_IsRefusedWithoutDumpingIt()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        using var file = new TemporaryFile(bytes, ".bin");
        var result = CliRunner.Run(null, "eval", "--gold", file.Path);
        AssertUserError(result, file.Path);
        Assert.That(result.Stderr.Length, Is.LessThan(300));
    }

    [Test]
    public void Eval_EmptyGold_IsRefused()
    {
        using var file = new TemporaryFile("", ".txt");
        AssertUserError(CliRunner.Run(null, "eval", "--gold", file.Path), $"{file.Path}: no sentences");
    }

    [Test]
    public void Eval_GoldFromStandardInput()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("Tokayev\tB-PERSON\nAstana\tB-LOCATION\n'da\tO\n", "eval", "--gold", "-");
        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.StartWith("standard input: 1 sentences, 3 tokens"));
    }

    [Test]
    public void TagConll_FromStandardInput()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("Tokayev\n,\nAstana\n'da\n", "tag", "--conll", "-");
        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout.Split('\n')[..4], Is.EqualTo(new[] { "Tokayev\tB-PERSON", ",\tO", "Astana\tB-LOCATION", "'da\tO" }));
    }

    [Test]
    public void TagConll_WithFormat_IsRefused()
    {
        using var file = new TemporaryFile("Tokayev\n", ".conll");
        AssertUserError(CliRunner.Run(null, "tag", "--conll", file.Path, "--format", "text"), "--format does not apply to --conll");
    }

    [Test]
    public void Train_OutInAMissingFolder_FailsBeforeTraining()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        var result = CliRunner.Run(null, "train", "--train", corpus, "--out", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "m.bin"));
        AssertUserError(result, "does not exist");
    }

    [Test]
    public void Train_OutIsADirectory_FailsBeforeTraining()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        AssertUserError(CliRunner.Run(null, "train", "--train", corpus, "--out", Path.GetTempPath()), "is a directory");
    }

    [Test]
    public void Train_OneTemperatureForTwoStages_SaysSoWithoutInternals()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        using var output = new TemporaryFile("", ".bin");
        var result = CliRunner.Run(null, "train", "--train", corpus, "--out", output.Path, "--temperatures", "16");
        AssertUserError(result, "one temperature per stage: 2 for --stages 2, not 1");
        Assert.That(result.Stderr, Does.Not.Contain("Parameter"));
    }

    [Test]
    public void Train_OneFold_IsRefusedBeforeTraining()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        using var output = new TemporaryFile("", ".bin");
        AssertUserError(CliRunner.Run(null, "train", "--train", corpus, "--out", output.Path, "--folds", "1"), "--folds takes a whole number from 2 to 100, not '1'");
    }

    [Test]
    public void Train_Folds_SetsTheJackknifesFolds()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        using var output = new TemporaryFile("", ".bin");
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "train", "--train", corpus, "--out", output.Path, "--epochs", "1", "--folds", "3", "--doc-sentences", "4");
        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout + stderr, Does.Contain("jackknife: 3 folds"));
    }

    [TestCase("miss-cost", "ORGANIZATION=2", "--miss-cost scales the margin: give --margin too")]
    [TestCase("miss-cost", "ORGANIZATION=0", "--miss-cost takes TYPE=K pairs")]
    [TestCase("miss-cost", "ORGANIZATION", "--miss-cost takes TYPE=K pairs")]
    [TestCase("miss-cost", "FACILITY=2", "--miss-cost takes TYPE=K pairs")]
    [TestCase("miss-cost", "ORG=2,ORGANIZATION=3", "--miss-cost gives ORGANIZATION twice")]
    [TestCase("entity-cost", "LOCATION=2", "--entity-cost scales the margin: give --margin too")]
    [TestCase("entity-cost", "LOC=-1", "--entity-cost takes TYPE=K pairs")]
    [TestCase("entity-cost", "PER=2,PERSON=2", "--entity-cost gives PERSON twice")]
    public void Train_BadCost_SaysWhatIsWrongBeforeTraining(string option, string value, string expected)
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");
        using var output = new TemporaryFile("", ".bin");
        string[] margin = expected.Contains("--margin", StringComparison.Ordinal) ? [] : ["--margin", "8"];
        AssertUserError(CliRunner.Run(null, ["train", "--train", corpus, "--out", output.Path, $"--{option}", value, .. margin]), expected);
    }

    [Test]
    public void Tag_ZippedModel_SaysToUnzipIt()
    {
        var zip = Path.Combine(TestData.RepositoryRoot, "models", "ner-tr.model.zip");
        AssertUserError(CliRunner.Run("Tokayev", "tag", "--model", zip), "zip archive", "unzip");
    }
}
