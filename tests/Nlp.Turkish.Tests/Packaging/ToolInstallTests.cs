namespace Nlp.Turkish.Tests.Packaging;

/// <summary>
/// The tool path a user takes: pack <c>Nlp.Turkish.Cli</c> into a local feed, <c>dotnet tool install</c> it into a tool
/// folder of its own (with an empty NuGet cache), and run <c>nlp-tr</c> from there on the seed article.
/// </summary>
[SkipInMutationRun]
public class ToolInstallTests
{
    [Test]
    public void PackedTool_InstallsFromALocalFeed_AndTagsTheSeedArticle()
    {
        var root = Directory.CreateTempSubdirectory("nlp-tr-tool-");
        try
        {
            var feed = Path.Combine(root.FullName, "feed");
            var tools = Path.Combine(root.FullName, "tools");
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root.FullName, "cache"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
            var timeout = TimeSpan.FromMinutes(5);
            var project = Path.Combine(TestData.RepositoryRoot, "src", "Nlp.Turkish.Cli", "Nlp.Turkish.Cli.csproj");
            var pack = ProcessRunner.Run("dotnet", ["pack", project, "-c", "Release", "-o", feed, "-p:Version=0.0.0-tooltest"], environment: environment, timeout: timeout);
            Assert.That(pack.ExitCode, Is.Zero, pack.Stdout + pack.Stderr);
            Assert.That(File.Exists(Path.Combine(feed, "Nlp.Turkish.Cli.0.0.0-tooltest.nupkg")));

            var install = ProcessRunner.Run("dotnet", ["tool", "install", "Nlp.Turkish.Cli", "--version", "0.0.0-tooltest", "--tool-path", tools, "--add-source", feed],
                environment: environment, timeout: timeout);
            Assert.That(install.ExitCode, Is.Zero, install.Stdout + install.Stderr);

            var run = ProcessRunner.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "nlp-tr.exe" : "nlp-tr"), ["tag", TestData.SeedArticlePath, "--format", "entities"],
                environment: environment, timeout: timeout);
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(run.Stdout, Does.Contain("\"name\":\"Kasım Cömert Tokayev\",\"count\":8"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
