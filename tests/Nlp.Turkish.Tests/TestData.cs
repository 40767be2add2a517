namespace Nlp.Turkish.Tests;

/// <summary>Where the tests find the repository's seed article and the shared datasets beside the repository.</summary>
internal static class TestData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedArticlePath => Path.Combine(RepositoryRoot, "seeds", "000_3a5cb6f6d24bdabf.txt");

    public static string SeedArticle => File.ReadAllText(SeedArticlePath);

    /// <summary>
    /// The shared datasets folder: <c>NLP_TURKISH_DATASETS</c> if set, else <c>../shared/datasets</c> beside the
    /// repository; null when neither exists.
    /// </summary>
    public static string? DatasetsDirectory
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("NLP_TURKISH_DATASETS");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
            }

            var beside = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "datasets"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>Whether the tests run in CI (<c>CI=true</c>, which <c>.ci/run</c> sets): there a gate may not be skipped.</summary>
    public static bool InContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The path of a shared dataset file. When it is absent, an NUnit "ignored" result that says so plainly; in CI
    /// (<see cref="InContinuousIntegration"/>) a failure instead, so that CI cannot pass with an accuracy gate skipped.
    /// </summary>
    public static string RequireDataset(params string[] parts)
    {
        var root = DatasetsDirectory;
        if (root is null)
        {
            Absent("the shared datasets are absent (set NLP_TURKISH_DATASETS or place ../shared/datasets beside the repository)");
        }

        var path = Path.Combine([root!, .. parts]);
        if (!File.Exists(path))
        {
            Absent($"dataset file '{path}' is absent");
        }

        return path;
    }

    private static void Absent(string reason)
    {
        if (InContinuousIntegration)
        {
            Assert.Fail($"CI=true and {reason}: the accuracy gates cannot be skipped in CI.");
        }

        Skip($"{reason}.");
    }

    /// <summary>
    /// Skips the running test with its reason, which <c>dotnet test --logger "console;verbosity=normal"</c> prints
    /// beside the test's name (<c>Name: SKIPPED: reason</c>).
    /// </summary>
    public static void Skip(string reason) => Assert.Ignore($"SKIPPED: {reason}");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nlp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Nlp.sln not found above the test binaries.");
    }
}
