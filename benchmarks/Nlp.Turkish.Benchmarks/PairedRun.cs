using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// Two builds of the library measured in one process, their passes alternating: the way this repository judges a
/// performance change on a noisy machine, where two separate runs minutes apart can differ by more than the change.
/// Each build's <c>Nlp.Turkish.dll</c> is loaded into a context of its own and tags the batch documents (the input of
/// <see cref="BatchBenchmarks"/>, or a text file's lines, 20 to a document) on one thread; each pair runs both builds
/// for the same time, in alternating order, and the ratio of their token rates is that pair's result.
/// </summary>
/// <remarks>
/// <code>
/// git worktree add /tmp/before HEAD~1 &amp;&amp; dotnet build /tmp/before/src/Nlp.Turkish -c Release
/// dotnet build src/Nlp.Turkish -c Release
/// dotnet run -c Release -- paired /tmp/before/src/Nlp.Turkish/bin/Release/net10.0/Nlp.Turkish.dll \
///   ../../src/Nlp.Turkish/bin/Release/net10.0/Nlp.Turkish.dll [--pairs 12] [--seconds 4] [--text FILE]
/// </code>
/// Only the public API is used (<c>EntityRecognizer.Default</c>, <c>AnalyzeBatch</c>, <c>Document.Tokens</c>), so any
/// two builds that have it can be compared.
/// </remarks>
internal static class PairedRun
{
    private const string Usage = "usage: paired BEFORE.dll AFTER.dll [--pairs N] [--seconds S] [--text FILE]";

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[0]) || !File.Exists(args[1]))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var pairs = 12;
        var seconds = 4.0;
        string[]? documents = null;
        for (var i = 2; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--pairs":
                    pairs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--text":
                    documents = [.. File.ReadLines(args[i + 1]).Chunk(20).Select(lines => string.Join('\n', lines))];
                    break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        documents ??= Inputs.BatchDocuments;
        Func<long>[] builds = [Build(args[0], documents), Build(args[1], documents)];
        var ratios = new List<double>(pairs);
        var tokens = new long[2];
        var elapsed = new double[2];
        for (var pair = 0; pair < pairs; pair++)
        {
            var rates = new double[2];
            foreach (var build in pair % 2 == 0 ? [0, 1] : new[] { 1, 0 })
            {
                var clock = Stopwatch.StartNew();
                long count = 0;
                while (clock.Elapsed.TotalSeconds < seconds)
                {
                    count += builds[build]();
                }

                rates[build] = count / clock.Elapsed.TotalSeconds;
                tokens[build] += count;
                elapsed[build] += clock.Elapsed.TotalSeconds;
            }

            ratios.Add(rates[1] / rates[0]);
            Console.WriteLine(FormattableString.Invariant($"pair {pair + 1}: before {rates[0] / 1e6:F3} M tokens/s, after {rates[1] / 1e6:F3} M tokens/s, after/before {rates[1] / rates[0]:F3}"));
        }

        ratios.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"after/before: median {ratios[ratios.Count / 2]:F3}, middle half {ratios[ratios.Count / 4]:F3}-{ratios[(3 * ratios.Count) / 4]:F3} over {pairs} pairs; before {tokens[0] / elapsed[0] / 1e6:F3}, after {tokens[1] / elapsed[1] / 1e6:F3} M tokens/s overall"));
        return 0;
    }

    /// <summary>Loads a build in a context of its own and returns a pass over the documents, which gives the tokens tagged.</summary>
    private static Func<long> Build(string path, string[] documents)
    {
        var assembly = new AssemblyLoadContext(path).LoadFromAssemblyPath(Path.GetFullPath(path));
        var type = assembly.GetType("Nlp.Turkish.EntityRecognizer", throwOnError: true)!;
        var recognizer = type.GetProperty("Default")!.GetValue(null)!;
        var batch = type.GetMethods().Single(m => m.Name == "AnalyzeBatch" && m.GetParameters()[0].ParameterType == typeof(IReadOnlyList<string>));
        var arguments = batch.GetParameters()
            .Select(p => p.Position == 0 ? documents : p.Name == "maxDegreeOfParallelism" ? 1 : p.HasDefaultValue ? p.DefaultValue : null)
            .ToArray();
        long Pass()
        {
            long count = 0;
            foreach (var document in (IEnumerable)batch.Invoke(recognizer, arguments)!)
            {
                count += ((ICollection)document.GetType().GetProperty("Tokens")!.GetValue(document)!).Count;
            }

            return count;
        }

        Pass();
        return Pass;
    }
}
