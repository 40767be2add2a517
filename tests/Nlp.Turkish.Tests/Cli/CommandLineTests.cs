namespace Nlp.Turkish.Tests.Cli;

/// <summary>
/// The command line a newcomer meets: help on every command that explains every option, the version, the usual
/// spellings of options (<c>--name=value</c>, short aliases), and errors that say what was wrong and suggest the
/// nearest right name, with exit code 1.
/// </summary>
[SkipInMutationRun]
public class CommandLineTests
{
    /// <summary>Every command with every option it must explain.</summary>
    private static readonly (string Command, string[] Options)[] Commands =
    [
        ("tokenize", ["--format", "--sentences", "--lower"]),
        ("tag", ["--format", "--offsets", "--input", "--id-field", "--text-field", "--conll", "--doc-sentences", "--threads", "--progress", "--model"]),
        ("eval", ["--gold", "--model", "--doc-sentences"]),
        ("train", ["--train", "--dev", "--out", "--epochs", "--stage2-epochs", "--stages", "--no-early-stopping", "--temperatures", "--seed",
            "--runs", "--folds", "--doc-sentences", "--gazetteers", "--no-modern-gazetteers", "--cldr", "--hunspell", "--word-vectors", "--second-word-vectors", "--min-weight", "--margin",
            "--miss-cost", "--entity-cost"]),
        ("bench", ["--seconds", "--model"]),
    ];

    private static void AssertUserError((int ExitCode, string Stdout, string Stderr) result, params string[] expected)
    {
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        var lines = result.Stderr.Trim().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), result.Stderr);
        Assert.That(lines[0], Does.StartWith("nlp-tr: "));
        foreach (var part in expected)
        {
            Assert.That(lines[0], Does.Contain(part));
        }
    }

    [TestCaseSource(nameof(CommandNames))]
    public void Help_OfEveryCommand_ExplainsEveryOption(string command)
    {
        var options = Commands.Single(c => c.Command == command).Options;
        foreach (var spelling in new[] { "--help", "-h" })
        {
            var (exitCode, stdout, stderr) = CliRunner.Run(null, command, spelling);
            Assert.That(exitCode, Is.Zero, stderr);
            Assert.That(stdout, Does.Contain($"nlp-tr {command}"));
            foreach (var option in options)
            {
                // The option's line carries a description after its name and value (System.CommandLine's layout:
                // name column, two spaces or more, then the text).
                var line = stdout.Split('\n').Select(l => l.Trim())
                    .SingleOrDefault(l => l.StartsWith(option + " ", StringComparison.Ordinal) || l.Contains($", {option} ", StringComparison.Ordinal));
                Assert.That(line, Is.Not.Null, $"{command} --help does not list {option}:\n{stdout}");
                var description = line![(line!.IndexOf(option + " ", StringComparison.Ordinal) + option.Length)..].Trim();
                Assert.That(description.Split("  ", StringSplitOptions.RemoveEmptyEntries).Last().Trim().Length, Is.GreaterThan(15),
                    $"{option} of {command} is not explained: '{line}'");
            }
        }
    }

    public static IEnumerable<string> CommandNames() => Commands.Select(c => c.Command);

    [Test]
    public void Help_OfTheTool_ListsEveryCommandAndTheExitCodes()
    {
        var (exitCode, stdout, _) = CliRunner.Run(null, "--help");
        Assert.That(exitCode, Is.Zero);
        foreach (var (command, _) in Commands)
        {
            Assert.That(stdout, Does.Contain($"  {command} "));
        }

        Assert.That(stdout, Does.Contain("Exit codes: 0 success; 1 bad arguments or bad input"));
        Assert.That(CliRunner.Run(null, "help", "eval").Stdout, Does.Contain("--gold"));
    }

    [Test]
    public void NoArguments_PrintsUsageOnStderr_ExitsOne()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(null);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("Usage:").And.Contain("tag"));
    }

    [TestCase("--version")]
    [TestCase("-v")]
    public void Version_PrintsTheToolsVersion(string spelling)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(null, spelling);
        Assert.That(exitCode, Is.Zero, stderr);
        var expected = typeof(EntityRecognizer).Assembly.GetName().Version!;
        Assert.That(stdout.Trim(), Does.StartWith($"{expected.Major}.{expected.Minor}.{expected.Build}"));
    }

    [Test]
    public void Options_EqualsSignsAndShortAliases_MeanTheSame()
    {
        const string Text = "Kazakistan Cumhurbaşkanı Tokayev, Astana'da Vucic ile görüştü.";
        var expected = CliRunner.Run(Text, "tag", "--format", "text");
        Assert.That(expected.ExitCode, Is.Zero, expected.Stderr);
        Assert.That(expected.Stdout, Does.Contain("Tokayev"));
        foreach (var spelling in new[] { new[] { "--format=text" }, ["-f", "text"], ["-f=text"], ["--format:text"] })
        {
            var run = CliRunner.Run(Text, ["tag", .. spelling]);
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(run.Stdout, Is.EqualTo(expected.Stdout), string.Join(' ', spelling));
        }
    }

    [Test]
    public void UnknownOption_IsAnError_WithTheNearestOptionSuggested()
    {
        AssertUserError(CliRunner.Run("Ali geldi.", "tag", "--formt", "text"), "unknown option '--formt' for 'tag'", "did you mean '--format'?");
        AssertUserError(CliRunner.Run(null, "eval", "--gld", "x.conll"), "unknown option '--gld' for 'eval'", "did you mean '--gold'?");
        AssertUserError(CliRunner.Run(null, "train", "--word-vector", "x.vec"), "did you mean '--word-vectors'?");
        AssertUserError(CliRunner.Run("Ali geldi.", "tag", "--colour"), "unknown option '--colour' for 'tag'", "nlp-tr tag --help");
    }

    [Test]
    public void UnknownCommand_IsAnError_WithTheNearestCommandSuggested()
    {
        AssertUserError(CliRunner.Run(null, "tga"), "unknown command 'tga'", "did you mean 'tag'?");
        AssertUserError(CliRunner.Run(null, "frobnicate"), "unknown command 'frobnicate'");
    }

    [Test]
    public void OptionsACommandDoesNotUse_AreErrors()
    {
        const string Text = "Ali geldi.";
        AssertUserError(CliRunner.Run(Text, "tag", "--threads", "2"), "--threads applies to document streams");
        AssertUserError(CliRunner.Run(Text, "tag", "--progress"), "--progress applies to document streams");
        AssertUserError(CliRunner.Run(Text, "tag", "--doc-sentences", "5"), "--doc-sentences applies to --conll");
        AssertUserError(CliRunner.Run(Text, "tag", "--conll", "-", "--offsets", "utf8"), "--offsets does not apply to --conll");
        AssertUserError(CliRunner.Run(Text, "tag", "--input", "lines", "--format", "text"), "--format does not apply to --input");
        AssertUserError(CliRunner.Run(Text, "tag", "--text-field", "body"), "--id-field and --text-field apply to --input jsonl");
    }

    [Test]
    public void MissingValue_IsAnError()
    {
        AssertUserError(CliRunner.Run("Ali geldi.", "tag", "--input", "lines", "--threads"), "--threads");
        AssertUserError(CliRunner.Run("Ali geldi.", "tag", "--input", "lines", "--threads", "many"), "option --threads takes a whole number");
    }

    [Test]
    public void StreamProgress_WhenAsked_GoesToStderr_AndLeavesStdoutAlone()
    {
        var input = string.Join('\n', Enumerable.Repeat("Tokayev Astana'da konuştu.", 50));
        var quiet = CliRunner.Run(input, "tag", "--input", "lines");
        var loud = CliRunner.Run(input, "tag", "--input", "lines", "--progress");
        Assert.That(loud.ExitCode, Is.Zero, loud.Stderr);
        Assert.That(loud.Stdout, Is.EqualTo(quiet.Stdout));
        Assert.That(quiet.Stderr, Is.Empty, "no progress in a pipe unless asked");
        Assert.That(loud.Stderr.Trim().Split('\n')[^1], Does.Match(@"^50 documents, [\d,]+ tokens, [\d.]+ M tokens/s, done in [\d.]+ s$"));
    }
}
