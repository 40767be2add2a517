namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// Benchmark inputs: the seed article from the repository, and the running text of the Milliyet NER corpus from the
/// shared datasets (<c>NLP_TURKISH_DATASETS</c>, else <c>../shared/datasets</c> beside the repository).
/// </summary>
internal static class BenchmarkInputs
{
    public static string SeedArticle() => File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "000_3a5cb6f6d24bdabf.txt"));

    /// <summary>The tokens of <c>test.conll</c> joined by spaces, one sentence a line; null when the dataset is absent.</summary>
    public static string? MilliyetTestText() => MilliyetText("test.conll");

    /// <summary>
    /// Many documents for the batch benchmarks: the Milliyet train, dev and test text cut into documents of 20
    /// sentences (about an article each), repeated until they reach <paramref name="megabytes"/> of UTF-16 text; null
    /// when the dataset is absent.
    /// </summary>
    public static string[]? MilliyetDocuments(int megabytes)
    {
        var sentences = new List<string>();
        foreach (var file in (string[])["train.conll", "dev.conll", "test.conll"])
        {
            if (MilliyetText(file) is not { } text)
            {
                return null;
            }

            sentences.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        var documents = new List<string>();
        for (var i = 0; i < sentences.Count; i += 20)
        {
            documents.Add(string.Join('\n', sentences.Skip(i).Take(20)));
        }

        var corpus = new List<string>();
        long characters = 0;
        while (characters * 2 < megabytes * 1_000_000L)
        {
            foreach (var document in documents)
            {
                corpus.Add(document);
                characters += document.Length;
            }
        }

        return [.. corpus];
    }

    private static string? MilliyetText(string file)
    {
        var datasets = Environment.GetEnvironmentVariable("NLP_TURKISH_DATASETS");
        if (string.IsNullOrEmpty(datasets))
        {
            datasets = Path.Combine(RepositoryRoot(), "..", "shared", "datasets");
        }

        var path = Path.Combine(datasets, "milliyet-ner", file);
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
