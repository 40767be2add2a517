using BenchmarkDotNet.Attributes;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// End-to-end tagging (raw text to entities) with the shipped model, one thread: the seed article (one news article)
/// and the Milliyet test text (about 47k tokens) as one document. Divide tokens by the mean time for tokens/s.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private string _milliyet = string.Empty;
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Inputs.SeedArticle;
        _milliyet = Inputs.MilliyetTest;
        _ = EntityRecognizer.Default.Analyze(_seed);
    }

    [Benchmark]
    public int AnalyzeSeedArticle() => EntityRecognizer.Default.Analyze(_seed).Entities.Count;

    [Benchmark]
    public int AnalyzeMilliyetTest() => EntityRecognizer.Default.Analyze(_milliyet).Entities.Count;
}
