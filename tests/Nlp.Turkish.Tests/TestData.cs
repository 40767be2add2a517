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

    /// <summary>The path of a shared dataset file, or an NUnit "ignored" result that says plainly that it is absent.</summary>
    public static string RequireDataset(params string[] parts)
    {
        var root = DatasetsDirectory;
        if (root is null)
        {
            Assert.Ignore("SKIPPED: the shared datasets are absent (set NLP_TURKISH_DATASETS or place ../shared/datasets beside the repository).");
        }

        var path = Path.Combine([root!, .. parts]);
        if (!File.Exists(path))
        {
            Assert.Ignore($"SKIPPED: dataset file '{path}' is absent.");
        }

        return path;
    }

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
