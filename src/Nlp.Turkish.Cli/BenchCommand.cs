using System.Diagnostics;
using System.Globalization;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Cli;

/// <summary>
/// <c>nlp-tr bench FILE</c>: a quick single-thread throughput check of the tokenizer (tokens/s, MB/s of UTF-16 text
/// counted as UTF-8 bytes of the file) after a warm-up. The benchmarks project is the place for careful numbers.
/// </summary>
internal static class BenchCommand
{
    public const string Usage = "nlp-tr bench FILE [--seconds N]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = new Arguments(args, ["seconds"], []);
        var path = arguments.SingleInput() ?? throw new CliException("bench needs a FILE");
        var seconds = arguments.GetInt("seconds", 3, 1, 600);
        var text = InputText.Read(path);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        if (text.Length == 0)
        {
            throw new CliException($"'{path}' is empty");
        }

        var tokenizer = TurkishTokenizer.Default;
        var tokens = new List<Token>(text.Length / 4);
        Measure(tokenizer, text, tokens, TimeSpan.FromSeconds(0.5));
        var (passes, elapsed) = Measure(tokenizer, text, tokens, TimeSpan.FromSeconds(seconds));

        var tokenCount = (double)tokens.Count * passes;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tokenize: {tokens.Count:N0} tokens, {bytes / 1e6:F2} MB x {passes} passes in {elapsed.TotalSeconds:F2} s: " +
            $"{tokenCount / elapsed.TotalSeconds:N0} tokens/s, {bytes * (double)passes / 1e6 / elapsed.TotalSeconds:F1} MB/s"));
        return 0;
    }

    private static (int Passes, TimeSpan Elapsed) Measure(TurkishTokenizer tokenizer, string text, List<Token> tokens, TimeSpan budget)
    {
        var passes = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            tokens.Clear();
            tokenizer.Tokenize(text.AsSpan(), tokens);
            passes++;
        }
        while (watch.Elapsed < budget);

        return (passes, watch.Elapsed);
    }
}
