namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// Benchmark inputs: the seed article from the repository, and the running text of the Milliyet NER test set from the
/// shared datasets (<c>NLP_TURKISH_DATASETS</c>, else <c>../shared/datasets</c> beside the repository).
/// </summary>
internal static class BenchmarkInputs
{
    public static string SeedArticle() => File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "000_3a5cb6f6d24bdabf.txt"));

    /// <summary>The tokens of <c>test.conll</c> joined by spaces, one sentence a line; null when the dataset is absent.</summary>
    public static string? MilliyetTestText()
    {
        var datasets = Environment.GetEnvironmentVariable("NLP_TURKISH_DATASETS");
        if (string.IsNullOrEmpty(datasets))
        {
            datasets = Path.Combine(RepositoryRoot(), "..", "shared", "datasets");
        }

        var path = Path.Combine(datasets, "milliyet-ner", "test.conll");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"SKIPPED: {path} is absent; the Milliyet benchmarks are left out.");
            return null;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                builder.Append('\n');
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            builder.Append(tab < 0 ? line : line[..tab]).Append(' ');
        }

        return builder.ToString();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nlp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
