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

    /// <summary>The tokens a benchmark method processes in one operation, or null for one that is not about tokens.</summary>
    public static long? TokensOf(string method) => method switch
    {
        nameof(TaggerBenchmarks.AnalyzeSeedArticle) or nameof(TokenizerBenchmarks.TokenizeSeedArticle) => Count(SeedArticle),
        nameof(TaggerBenchmarks.AnalyzeMilliyetTest) or nameof(TokenizerBenchmarks.TokenizeMilliyetTest) => Count(MilliyetTest),
        nameof(BatchBenchmarks.AnalyzeBatchOneThread) or nameof(BatchBenchmarks.AnalyzeBatchAllCores) => BatchDocuments.Sum(d => (long)Count(d)),
        _ => null,
    };

    private static int Count(string text)
    {
        var tokens = new List<Token>(text.Length / 4);
        TurkishTokenizer.Default.Tokenize(text, tokens);
        return tokens.Count;
    }
}
