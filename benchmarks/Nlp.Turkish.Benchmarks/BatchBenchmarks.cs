using BenchmarkDotNet.Attributes;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// Many documents through <see cref="EntityRecognizer.AnalyzeBatch"/>, on one thread and on every core: about 20 MB
/// of Milliyet news text in documents of 20 sentences (the seed article over and over when the dataset is absent).
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    /// <summary>The size of the corpus, in megabytes of UTF-16 text.</summary>
    public const int Megabytes = 20;

    private string[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = Inputs.BatchDocuments;
        _ = EntityRecognizer.Default.Analyze(_documents[0]);
    }

    [Benchmark]
    public int AnalyzeBatchOneThread() => EntityRecognizer.Default.AnalyzeBatch(_documents, maxDegreeOfParallelism: 1).Length;

    [Benchmark]
    public int AnalyzeBatchAllCores() => EntityRecognizer.Default.AnalyzeBatch(_documents).Length;
}
