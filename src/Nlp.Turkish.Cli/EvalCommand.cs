using System.Globalization;
using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Cli;

/// <summary>
/// <c>nlp-tr eval --gold FILE</c>: entity-level precision, recall and F1 per type and micro-averaged, on CoNLL (gold
/// tokens) or on span-annotated raw text (JSON Lines, doccano, Label Studio; told from the content).
/// </summary>
internal static class EvalCommand
{
    public static System.CommandLine.Command Create(TextWriter output) => CommandLine.Define("eval",
        "Score a model against gold annotations: entity-level precision, recall and F1 per type and overall (exact span and type).",
        arguments => Run(arguments, output), null,
        CommandLine.Value("gold", "FILE", "The gold annotations: CoNLL (token and IOB2 tag a line; tagged on its own tokens) or span-annotated " +
            "raw text as JSON Lines ({\"text\", \"entities\"/\"spans\"/\"label\"}, doccano, Label Studio; tagged from raw text). " +
            "'-' reads standard input. Required.", "-g"),
        Models.Option(),
        CommandLine.Value("doc-sentences", "N", $"CoNLL without document breaks: tag every N sentences as one document (default {ConllCorpus.DefaultDocumentSentences}).", "-d"),
        CommandLine.Value("report", "FILE.html", "Also write a page to look at in a browser: the per-type table, then every document with an " +
            "error, gold and predicted side by side, misses, extras, wrong types and wrong boundaries marked.", "-r"));

    private static int Run(Arguments arguments, TextWriter output)
    {
        var documentSentences = arguments.GetInt("doc-sentences", ConllCorpus.DefaultDocumentSentences, 1, 100_000);
        var goldPath = arguments.Require("gold");
        if (goldPath != "-")
        {
            InputText.RequireFile(goldPath, "gold file");
        }

        var reportPath = arguments.Get("report");
        if (reportPath is not null)
        {
            RequireWritableFolder(reportPath);
        }

        var recognizer = Models.Load(arguments.Get("model"));
        var text = InputText.Read(goldPath);
        var pages = new List<(string, string, IReadOnlyList<EntitySpan>, IReadOnlyList<EntitySpan>)>();
        var gold = goldPath == "-" ? "standard input" : goldPath;
        EvaluationReport report;
        string size;
        try
        {
            if (SpanCorpus.LooksLikeSpans(text.AsSpan(0, Math.Min(text.Length, 1024))))
            {
                var documents = SpanCorpus.Read(new StringReader(text), gold);
                var analyzed = recognizer.AnalyzeBatch(documents.Select(d => d.Text).ToList());
                var scorer = new SpanScorer();
                for (var i = 0; i < documents.Count; i++)
                {
                    var predicted = SpanScorer.SpansOf(analyzed[i]);
                    scorer.Add(documents[i].Text, documents[i].Entities, predicted);
                    pages.Add((documents[i].Id ?? $"document {i + 1}", documents[i].Text, documents[i].Entities, predicted));
                }

                report = scorer.Report();
                size = string.Create(CultureInfo.InvariantCulture, $"{report.Documents:N0} documents, raw text");
            }
            else
            {
                void Warn(string line) => Console.Error.WriteLine($"nlp-tr: {line}");
                if (reportPath is null)
                {
                    report = ConllCorpus.Evaluate(recognizer, new StringReader(text), gold, documentSentences, Warn);
                }
                else
                {
                    var documents = new List<EvaluatedText>();
                    report = ConllCorpus.Evaluate(recognizer, new StringReader(text), gold, documentSentences, Warn, documents);
                    pages.AddRange(documents.Select((d, i) => ($"document {i + 1}", d.Text, d.Gold, d.Predicted)));
                }
                size = string.Create(CultureInfo.InvariantCulture, $"{report.Sentences:N0} sentences, {report.Tokens:N0} tokens");
            }
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }

        output.WriteLine($"{gold}: {size}");
        output.WriteLine($"{"type",-14}{"precision",10}{"recall",10}{"F1",10}{"gold",8}{"pred",8}{"tp",8}{"fp",8}{"fn",8}");
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Organization })
        {
            Row(output, JsonOutput.Name(type), report.For(type));
        }

        Row(output, "overall", report.Overall);
        if (reportPath is not null)
        {
            using (var page = new StreamWriter(reportPath, append: false, new System.Text.UTF8Encoding(false)))
            {
                HtmlView.WriteReport(page, $"nlp-tr eval: {gold}", report, pages);
            }

            output.WriteLine($"wrote {reportPath}");
        }

        return 0;
    }

    private static void RequireWritableFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (Directory.Exists(path) || !Directory.Exists(folder))
        {
            throw new CliException($"--report '{path}': give a file in an existing folder");
        }
    }

    private static void Row(TextWriter output, string name, EntityScores scores) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14}{scores.Precision * 100,10:F2}{scores.Recall * 100,10:F2}{scores.F1 * 100,10:F2}{scores.Gold,8}{scores.Predicted,8}" +
            $"{scores.TruePositives,8}{scores.FalsePositives,8}{scores.FalseNegatives,8}"));
}
