using System.Globalization;
using System.Net;
using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Cli;

/// <summary>
/// Self-contained HTML pages to look at entities in a browser, the way displaCy shows spaCy's: the text with each
/// mention marked in its type's colour (the legend on top; type, base form and confidence on hover), and for an
/// evaluation, gold and predicted side by side with the errors marked. Everything from the input is HTML-encoded, so
/// a <c>&lt;script&gt;</c> in the text stays text; a mark's label comes from CSS, so the page's text is the input's.
/// </summary>
internal static class HtmlView
{
    private const string Style = """
        body { font: 16px/1.7 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
        h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin-top: 2em; }
        .text { white-space: pre-wrap; border: 1px solid #ddd; border-radius: 6px; padding: 1em; }
        mark { border-radius: 4px; padding: 0.1em 0.25em; }
        mark::after { content: attr(data-label); font-size: 0.62em; font-weight: bold; margin-left: 0.35em; vertical-align: 0.15em; opacity: 0.75; }
        mark.PERSON, .legend .PERSON { background: #aa9cfc; }
        mark.LOCATION, .legend .LOCATION { background: #ff9561; }
        mark.ORGANIZATION, .legend .ORGANIZATION { background: #7aecec; }
        .legend span { border-radius: 4px; padding: 0.1em 0.5em; margin-right: 0.6em; }
        mark.missed { outline: 2px dashed #c00; } mark.extra { outline: 2px solid #c00; }
        mark.type { outline: 2px solid #e0a000; } mark.boundary { outline: 2px dotted #e0a000; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
        table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: right; border-bottom: 1px solid #ddd; }
        td:first-child, th:first-child { text-align: left; }
        """;

    /// <summary>Writes the page of one tagged document.</summary>
    public static void WriteDocument(TextWriter output, string title, Document document)
    {
        Begin(output, title);
        output.Write("<p class=\"legend\">");
        Legend(output);
        output.Write(Invariant($"{document.Entities.Count} mentions; hover over one for its base form and confidence.</p>\n"));
        var marks = document.Entities.Select(e => new Mark(e.Start, e.End, e.Type,
            Invariant($"{JsonOutput.Name(e.Type)} · base form: {e.BaseForm} · confidence {e.Score:F3}"), "")).ToList();
        Text(output, document.Text, marks);
        End(output);
    }

    /// <summary>
    /// Writes an evaluation's page: the per-type table, then each document with errors, gold on the left and the
    /// prediction on the right: missed gold mentions dashed, extra predictions framed, wrong types and wrong boundaries
    /// framed in amber (on both sides).
    /// </summary>
    public static void WriteReport(TextWriter output, string title, EvaluationReport report, IEnumerable<(string Name, string Text, IReadOnlyList<EntitySpan> Gold, IReadOnlyList<EntitySpan> Predicted)> documents)
    {
        Begin(output, title);
        output.Write("<table><tr><th>type</th><th>precision</th><th>recall</th><th>F1</th><th>gold</th><th>predicted</th><th>correct</th><th>extra</th><th>missed</th></tr>\n");
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Organization })
        {
            Row(output, JsonOutput.Name(type), report.For(type));
        }

        Row(output, "overall", report.Overall);
        output.Write("</table>\n<p class=\"legend\">");
        Legend(output);
        output.Write("Marks: <mark class=\"missed\">missed</mark> <mark class=\"extra\">extra</mark> <mark class=\"type\">wrong type</mark> " +
            "<mark class=\"boundary\">wrong boundary</mark>; unmarked frames are correct. Only documents with an error are shown.</p>\n");
        var shown = 0;
        foreach (var (name, text, gold, predicted) in documents)
        {
            var (goldMarks, predictedMarks, errors) = Compare(text, gold, predicted);
            if (errors == 0)
            {
                continue;
            }

            shown++;
            output.Write(Invariant($"<h2>{Encode(name)}: {errors} marked mentions</h2>\n<div class=\"pair\"><div><b>gold</b>"));
            Text(output, text, goldMarks);
            output.Write("</div><div><b>predicted</b>");
            Text(output, text, predictedMarks);
            output.Write("</div></div>\n");
        }

        if (shown == 0)
        {
            output.Write("<p>Every document is tagged exactly as its gold.</p>\n");
        }

        End(output);
    }

    /// <summary>
    /// Marks both sides of one document the way the scorer counts (ends inside a word moved to its end): a predicted
    /// span equal to a gold one is correct; one on a gold span's characters with another type is a type error; one
    /// overlapping a gold span otherwise is a boundary error; the rest are extra, and gold spans no prediction equals
    /// are missed unless a type or boundary error covers them.
    /// </summary>
    private static (List<Mark> Gold, List<Mark> Predicted, int Errors) Compare(string text, IReadOnlyList<EntitySpan> gold, IReadOnlyList<EntitySpan> predicted)
    {
        var goldSpans = gold.Select(s => SpanScorer.Normalize(text, s)).Distinct().ToList();
        var predictedSpans = predicted.Select(s => SpanScorer.Normalize(text, s)).Distinct().ToList();
        var goldSet = goldSpans.ToHashSet();
        var predictedSet = predictedSpans.ToHashSet();
        var errors = 0;
        string Kind(EntitySpan span, List<EntitySpan> others, HashSet<EntitySpan> exact, string otherwise)
        {
            if (exact.Contains(span))
            {
                return "";
            }

            errors++;
            if (others.Any(o => o.Start == span.Start && o.End == span.End))
            {
                return "type";
            }

            return others.Any(o => o.Start < span.End && span.Start < o.End) ? "boundary" : otherwise;
        }

        var predictedMarks = predictedSpans.Select(s => new Mark(s.Start, s.End, s.Type, null, Kind(s, goldSpans, goldSet, "extra"))).ToList();
        var goldMarks = goldSpans.Select(s => new Mark(s.Start, s.End, s.Type, null, Kind(s, predictedSpans, predictedSet, "missed"))).ToList();
        return (goldMarks, predictedMarks, errors);
    }

    private static void Text(TextWriter output, string text, List<Mark> marks)
    {
        output.Write("<div class=\"text\">");
        var at = 0;
        foreach (var mark in marks.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (mark.Start < at)
            {
                continue; // nested or overlapping gold spans: the outer one is shown
            }

            output.Write(Encode(text[at..mark.Start]));
            var type = JsonOutput.Name(mark.Type);
            output.Write(Invariant($"<mark class=\"{type}{(mark.Error.Length > 0 ? " " + mark.Error : "")}\" data-label=\"{Label(mark.Type)}\" title=\"{Encode(mark.Title)}\">"));
            output.Write(Encode(text[mark.Start..mark.End]));
            output.Write("</mark>");
            at = mark.End;
        }

        output.Write(Encode(text[at..]));
        output.Write("</div>\n");
    }

    private static void Begin(TextWriter output, string title)
    {
        output.Write($"<!DOCTYPE html>\n<html lang=\"tr\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Encode(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<h1>{Encode(title)}</h1>\n");
    }

    private static void End(TextWriter output) => output.Write("</body>\n</html>\n");

    private static void Legend(TextWriter output)
    {
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Organization })
        {
            output.Write($"<span class=\"{JsonOutput.Name(type)}\">{JsonOutput.Name(type)}</span>");
        }
    }

    private static void Row(TextWriter output, string name, EntityScores s) =>
        output.Write(Invariant($"<tr><td>{name}</td><td>{s.Precision * 100:F2}</td><td>{s.Recall * 100:F2}</td><td>{s.F1 * 100:F2}</td><td>{s.Gold}</td><td>{s.Predicted}</td><td>{s.TruePositives}</td><td>{s.FalsePositives}</td><td>{s.FalseNegatives}</td></tr>\n"));

    private static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Location => "LOC",
        _ => "ORG",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A span to mark: its type, its error class ("" when it is correct or not compared), and the hover text: the given
    /// one, or the type and the error in words.
    /// </summary>
    private sealed class Mark(int start, int end, EntityType type, string? title, string error)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public EntityType Type { get; } = type;

        public string Title { get; } = title ?? JsonOutput.Name(type) + error switch
        {
            "" => "",
            "type" => " · wrong type",
            "boundary" => " · wrong boundary",
            _ => " · " + error,
        };

        public string Error { get; } = error;
    }
}
