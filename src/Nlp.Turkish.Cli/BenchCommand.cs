using System.Diagnostics;
using System.Globalization;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Cli;

/// <summary>
/// <c>nlp-tr bench FILE</c>: a quick single-thread check after a warm-up: tokenizer throughput, model load time,
/// end-to-end tagging throughput (raw text to entities), batch scaling over the file's lines (one thread and every core
/// in alternating passes), and the process's peak memory. The benchmarks project is the place for careful numbers.
/// </summary>
internal static class BenchCommand
{
    public static System.CommandLine.Command Create(TextWriter output) => CommandLine.Define("bench",
        "A quick speed check on a text file: tokenizer and tagger throughput, model load time, batch scaling over its lines, peak memory.",
        arguments => Run(arguments, output),
        CommandLine.Input("FILE", "The text to measure on, UTF-8 (each line is a document in the batch passes)."),
        CommandLine.Value("seconds", "N", "Seconds of measuring per step, 1 to 600 (default 3).", "-s"),
        Models.Option());

    private static int Run(Arguments arguments, TextWriter output)
    {
        var path = arguments.SingleInput() ?? throw new CliException("bench needs a FILE");
        var seconds = arguments.GetInt("seconds", 3, 1, 600);
        var text = InputText.Read(path);
        var megabytes = System.Text.Encoding.UTF8.GetByteCount(text) / 1e6;
        if (text.Length == 0)
        {
            throw new CliException($"'{path}' is empty");
        }

        var tokens = new List<Token>(text.Length / 4);
        void Tokenize()
        {
            tokens.Clear();
            TurkishTokenizer.Default.Tokenize(text.AsSpan(), tokens);
        }

        var (passes, elapsed) = Measure(Tokenize, seconds);
        Report(output, "tokenize", tokens.Count, megabytes, passes, elapsed);

        var load = Stopwatch.StartNew();
        var recognizer = Models.Load(arguments.Get("model"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model load: {load.Elapsed.TotalMilliseconds:F0} ms"));

        var entities = 0;
        (passes, elapsed) = Measure(() => entities = recognizer.Analyze(text).Entities.Count, seconds);
        Report(output, "tag", tokens.Count, megabytes, passes, elapsed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entities: {entities:N0}"));

        // Batch: each line a document, on one thread and on every core, passes alternating so that both see the same
        // machine state (this kind of VM drifts by tens of percent within minutes); scaling is the median of the pairs.
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var (single, parallel, ratios) = (TimeSpan.Zero, TimeSpan.Zero, new List<double>());
        Measure(() => recognizer.AnalyzeBatch(lines), 1);
        var watch = Stopwatch.StartNew();
        do
        {
            var one = Time(() => recognizer.AnalyzeBatch(lines, maxDegreeOfParallelism: 1));
            var all = Time(() => recognizer.AnalyzeBatch(lines));
            (single, parallel) = (single + one, parallel + all);
            ratios.Add(one / all);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(2 * seconds));

        Report(output, "batch, 1 thread", tokens.Count, megabytes, ratios.Count, single);
        Report(output, $"batch, {Environment.ProcessorCount} threads", tokens.Count, megabytes, ratios.Count, parallel);
        ratios.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch scaling: {ratios[ratios.Count / 2]:F2}x (median of {ratios.Count} pairs; middle half {ratios[ratios.Count / 4]:F2}-{ratios[3 * ratios.Count / 4]:F2}x)"));
        using var process = Process.GetCurrentProcess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process memory: {process.PeakWorkingSet64 / 1e6:F0} MB peak working set"));
        return 0;
    }

    private static void Report(TextWriter output, string name, int tokenCount, double megabytes, int passes, TimeSpan elapsed) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {tokenCount:N0} tokens, {megabytes:F2} MB x {passes} passes in {elapsed.TotalSeconds:F2} s: " +
            $"{(double)tokenCount * passes / elapsed.TotalSeconds:N0} tokens/s, {megabytes * passes / elapsed.TotalSeconds:F1} MB/s"));

    private static TimeSpan Time(Action work)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        return Stopwatch.GetElapsedTime(start);
    }

    private static (int Passes, TimeSpan Elapsed) Measure(Action work, int seconds)
    {
        var warmUp = Stopwatch.StartNew();
        do
        {
            work();
        }
        while (warmUp.Elapsed < TimeSpan.FromSeconds(0.5));

        var passes = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            work();
            passes++;
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds));

        return (passes, watch.Elapsed);
    }
}
