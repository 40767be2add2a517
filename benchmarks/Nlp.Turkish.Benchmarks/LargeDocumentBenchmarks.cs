using BenchmarkDotNet.Attributes;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// One document of growing size through <see cref="EntityRecognizer.Analyze(string)"/> on one thread: Milliyet news
/// text (its articles of 20 sentences, paragraphs apart, repeated as needed) of half a million, five million and fifty
/// million characters (about 0.54, 5.4 and 54 MB as UTF-8). The cost per token should not grow with the document.
/// </summary>
[MemoryDiagnoser]
public class LargeDocumentBenchmarks
{
    private string _half = string.Empty;
    private string _five = string.Empty;
    private string _fifty = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        (_half, _five, _fifty) = (Inputs.LargeDocument(500_000), Inputs.LargeDocument(5_000_000), Inputs.LargeDocument(50_000_000));
        _ = EntityRecognizer.Default.Analyze(_half);
    }

    [Benchmark]
    public int AnalyzeHalfMillionCharacters() => EntityRecognizer.Default.Analyze(_half).Entities.Count;

    [Benchmark]
    public int AnalyzeFiveMillionCharacters() => EntityRecognizer.Default.Analyze(_five).Entities.Count;

    [Benchmark]
    public int AnalyzeFiftyMillionCharacters() => EntityRecognizer.Default.Analyze(_fifty).Entities.Count;
}
