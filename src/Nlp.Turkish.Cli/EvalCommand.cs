using System.Globalization;
using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Cli;

/// <summary><c>nlp-tr eval --gold FILE.conll</c>: entity-level precision, recall and F1 per type and micro-averaged.</summary>
internal static class EvalCommand
{
    public const string Usage = "nlp-tr eval --gold FILE.conll|- [--model PATH] [--doc-sentences N]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = new Arguments(args, ["gold", "model", "doc-sentences"], []);
        if (arguments.Positionals.Count > 0)
        {
            throw new CliException($"unexpected argument '{arguments.Positionals[0]}'");
        }

        var documentSentences = arguments.GetInt("doc-sentences", ConllCorpus.DefaultDocumentSentences, 1, 100_000);
        var goldPath = arguments.Require("gold");
        if (goldPath != "-")
        {
            InputText.RequireFile(goldPath, "gold file");
        }

        var recognizer = Models.Load(arguments.Get("model"));
        var (reader, gold) = InputText.OpenLines(goldPath);
        EvaluationReport report;
        using (reader)
        {
            try
            {
                report = ConllCorpus.Evaluate(recognizer, reader, gold, documentSentences, line => Console.Error.WriteLine($"nlp-tr: {line}"));
            }
            catch (InvalidDataException e)
            {
                throw new CliException(e.Message);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gold}: {report.Sentences:N0} sentences, {report.Tokens:N0} tokens"));
        output.WriteLine($"{"type",-14}{"precision",10}{"recall",10}{"F1",10}{"gold",8}{"pred",8}");
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Organization })
        {
            Row(output, JsonOutput.Name(type), report.For(type));
        }

        Row(output, "overall", report.Overall);
        return 0;
    }

    private static void Row(TextWriter output, string name, EntityScores scores) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14}{scores.Precision * 100,10:F2}{scores.Recall * 100,10:F2}{scores.F1 * 100,10:F2}{scores.Gold,8}{scores.Predicted,8}"));
}
