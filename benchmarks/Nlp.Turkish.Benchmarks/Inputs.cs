using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// The input of each benchmark and its token count, shared by the benchmarks (in their own process) and by
/// <see cref="ThroughputColumn"/> (in the host process), so that both see the same text.
/// </summary>
internal static class Inputs
{
    private static readonly Lazy<string> Seed = new(BenchmarkInputs.SeedArticle);
    private static readonly Lazy<string> Milliyet = new(() => BenchmarkInputs.MilliyetTestText() ?? Seed.Value);
    private static readonly Lazy<string[]> Batch = new(() => BenchmarkInputs.MilliyetDocuments(BatchBenchmarks.Megabytes)
        ?? Enumerable.Repeat(Seed.Value, BatchBenchmarks.Megabytes * 1_000_000 / (2 * Seed.Value.Length)).ToArray());

    public static string SeedArticle => Seed.Value;

    public static string MilliyetTest => Milliyet.Value;

    public static string[] BatchDocuments => Batch.Value;

    /// <summary>The batch documents joined as paragraphs into one text of <paramref name="characters"/> characters.</summary>
    public static string LargeDocument(int characters)
    {
        var builder = new System.Text.StringBuilder(characters + 4096);
        for (var i = 0; builder.Length < characters; i++)
        {
            builder.Append(BatchDocuments[i % BatchDocuments.Length]).Append("\n\n");
        }

        return builder.ToString(0, characters);
    }

    /// <summary>The tokens a benchmark method processes in one operation, or null for one that is not about tokens.</summary>
    public static long? TokensOf(string method) => method switch
    {
        nameof(TaggerBenchmarks.AnalyzeSeedArticle) or nameof(TokenizerBenchmarks.TokenizeSeedArticle) => Count(SeedArticle),
        nameof(TaggerBenchmarks.AnalyzeMilliyetTest) or nameof(TokenizerBenchmarks.TokenizeMilliyetTest) => Count(MilliyetTest),
        nameof(BatchBenchmarks.AnalyzeBatchOneThread) or nameof(BatchBenchmarks.AnalyzeBatchAllCores) => BatchDocuments.Sum(d => (long)Count(d)),
        nameof(LargeDocumentBenchmarks.AnalyzeHalfMillionCharacters) => Count(LargeDocument(500_000)),
        nameof(LargeDocumentBenchmarks.AnalyzeFiveMillionCharacters) => Count(LargeDocument(5_000_000)),
        nameof(LargeDocumentBenchmarks.AnalyzeFiftyMillionCharacters) => Count(LargeDocument(50_000_000)),
        _ => null,
    };

    private static int Count(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        TurkishTokenizer.Default.Tokenize(text, tokens);
        return tokens.Count;
    }
}
