using BenchmarkDotNet.Attributes;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// Loading the shipped model: in place from the assembly image, as <see cref="EntityRecognizer.Default"/> does, and from
/// a stream of its bytes, which copies them into memory of the model's own.
/// </summary>
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

    [Benchmark]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
    public object LoadEmbeddedInPlace()
    {
        using var stream = (UnmanagedMemoryStream)typeof(EntityRecognizer).Assembly.GetManifestResourceStream("Nlp.Turkish.default.model")!;
        return Entities.ModelFormat.ReadEmbedded(stream);
    }
}
