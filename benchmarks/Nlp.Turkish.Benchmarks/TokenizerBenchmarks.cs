using BenchmarkDotNet.Attributes;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Benchmarks;

/// <summary>Tokenizer throughput on the Milliyet test text (about 47k tokens) and on the seed article.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly List<Token> _tokens = new(100_000);
    private string _milliyet = string.Empty;
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _seed = Inputs.SeedArticle;
        _milliyet = Inputs.MilliyetTest;
    }

    [Benchmark]
    public int TokenizeMilliyetTest()
    {
        _tokens.Clear();
        TurkishTokenizer.Default.Tokenize(_milliyet, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int TokenizeSeedArticle()
    {
        _tokens.Clear();
        TurkishTokenizer.Default.Tokenize(_seed, _tokens);
        return _tokens.Count;
    }
}
