using BenchmarkDotNet.Attributes;

namespace Nlp.Turkish.Benchmarks;

/// <summary>Loading the shipped model from its bytes (decompression, lexicon and weight tables).</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private byte[] _model = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        EntityRecognizer.Default.Save(stream);
        _model = stream.ToArray();
    }

    [Benchmark]
    public EntityRecognizer LoadDefaultModel() => EntityRecognizer.Load(new MemoryStream(_model));
}
