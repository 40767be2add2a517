namespace Nlp.Turkish.Tests.Packaging;

/// <summary>
/// The package path a user takes: pack <c>Nlp.Turkish</c> into a local folder, create a fresh console project outside
/// the repository that references only that package (with its own empty NuGet cache), and run it on the seed article.
/// </summary>
[SkipInMutationRun]
public class PackageConsumerTests
{
    private const string ConsumerProgram = """
        using Nlp.Turkish;

        var text = File.ReadAllText(args[0]);
        foreach (var entity in EntityRecognizer.Default.Analyze(text).Entities)
        {
            Console.WriteLine($"{entity.Type}\t{entity.Text}");
        }
        """;

    [Test]
    public void PackedLibrary_WorksFromAFreshProject()
    {
        var root = Directory.CreateTempSubdirectory("nlp-tr-consumer-");
        try
        {
            var feed = Path.Combine(root.FullName, "feed");
            var cache = Path.Combine(root.FullName, "cache");
            var app = Path.Combine(root.FullName, "app");
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
            var timeout = TimeSpan.FromMinutes(5);

            var library = Path.Combine(TestData.RepositoryRoot, "src", "Nlp.Turkish", "Nlp.Turkish.csproj");
            var pack = ProcessRunner.Run("dotnet", ["pack", library, "-c", "Release", "-o", feed, "-p:Version=0.0.0-consumertest"],
                environment: environment, timeout: timeout);
            Assert.That(pack.ExitCode, Is.Zero, pack.Stdout + pack.Stderr);

            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Nlp.Turkish" Version="0.0.0-consumertest" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), ConsumerProgram);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            var run = ProcessRunner.Run("dotnet", ["run", "--project", app, "--", TestData.SeedArticlePath],
                workingDirectory: app, environment: environment, timeout: timeout);
            Assert.That(run.ExitCode, Is.Zero, run.Stdout + run.Stderr);
            var lines = run.Stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Does.Contain("Person\tTokayev"));
            Assert.That(lines, Does.Contain("Person\tVucic"));
            Assert.That(lines, Does.Contain("Location\tAstana"));
            Assert.That(lines, Does.Contain("Location\tBelgrad"));
            Assert.That(lines, Does.Contain("Organization\tAA"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
