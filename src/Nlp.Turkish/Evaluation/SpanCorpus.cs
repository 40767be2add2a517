using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Span-annotated raw text: reading it in the formats annotation tools export, and scoring a recognizer on it. The
/// format is told from the content (<c>docs/formats.md</c> has the details):
/// <list type="bullet">
/// <item>JSON Lines with <c>{"text": ..., "entities": [{"start", "end", "type"}]}</c> (the modern-news-dev set);</item>
/// <item>doccano's JSONL export, <c>{"text": ..., "label": [[start, end, "PER"], ...]}</c> (or <c>"labels"</c>);</item>
/// <item>Label Studio's JSON export, an array of tasks with <c>data.text</c> and <c>annotations[].result[].value</c>
/// holding <c>start</c>, <c>end</c> and <c>labels</c>.</item>
/// </list>
/// Offsets are UTF-16 code units, end exclusive. Types are PERSON, LOCATION, ORGANIZATION or PER, LOC, ORG (any case).
/// </summary>
public static class SpanCorpus
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether a text starts (after white space and a BOM) like span-annotated JSON rather than CoNLL.</summary>
    /// <param name="start">The first characters of an input.</param>
    /// <returns>True for a JSON object or array.</returns>
    public static bool LooksLikeSpans(ReadOnlySpan<char> start)
    {
        var trimmed = start.TrimStart().TrimStart('\uFEFF').TrimStart();
        return !trimmed.IsEmpty && trimmed[0] is '{' or '[';
    }

    /// <summary>Reads a span-annotated file (strict UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The documents in file order.</returns>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8 or not one of the formats; the message
    /// names the file and the line (or task) at fault.</exception>
    public static IReadOnlyList<AnnotatedText> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads span-annotated text from a reader.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="name">The input's name in error messages.</param>
    /// <returns>The documents in input order.</returns>
    /// <exception cref="InvalidDataException">The input is not one of the formats, or holds no document; the message
    /// names the input and the line (or task) at fault.</exception>
    public static IReadOnlyList<AnnotatedText> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        string all;
        try
        {
            all = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{name}: not valid UTF-8 text");
        }

        var trimmed = all.AsSpan().TrimStart().TrimStart('\uFEFF').TrimStart();
        var documents = !trimmed.IsEmpty && trimmed[0] == '[' ? ReadLabelStudio(all, name) : ReadLines(all, name);
        if (documents.Count == 0)
        {
            throw new InvalidDataException($"{name}: no documents (an empty file, or only blank lines)");
        }

        return documents;
    }

    /// <summary>
    /// Scores a recognizer on gold documents: each text is analyzed as one document (on all cores) and its mentions
    /// are scored with <see cref="SpanScorer"/>.
    /// </summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="gold">The gold documents.</param>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    public static EvaluationReport Evaluate(EntityRecognizer recognizer, IEnumerable<AnnotatedText> gold)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        var documents = gold.ToList();
        var analyzed = recognizer.AnalyzeBatch(documents.ConvertAll(d => d.Text));
        var scorer = new SpanScorer();
        for (var i = 0; i < documents.Count; i++)
        {
            scorer.Add(documents[i].Text, documents[i].Entities, SpanScorer.SpansOf(analyzed[i]));
        }

        return scorer.Report();
    }

    /// <summary>JSON Lines: our own format or doccano's, one document a line; blank lines skipped.</summary>
    private static List<AnnotatedText> ReadLines(string all, string name)
    {
        var documents = new List<AnnotatedText>();
        var number = 0;
        foreach (var range in all.AsSpan().Split('\n'))
        {
            number++;
            var line = all.AsSpan()[range].TrimEnd('\r');
            if (number == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.IsWhiteSpace())
            {
                continue;
            }

            var where = $"{name}:{number}";
            try
            {
                using var json = JsonDocument.Parse(line.ToString());
                documents.Add(Document(json.RootElement, where));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{where}: not a JSON object ({e.Message})");
            }
        }

        return documents;
    }

    /// <summary>One JSON Lines document: <c>entities</c> objects, or doccano's <c>label</c>/<c>labels</c> triples.</summary>
    private static AnnotatedText Document(JsonElement root, string where)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected a JSON object with \"text\"");
        }

        var text = Text(root, where);
        var spans = new List<EntitySpan>();
        if (root.TryGetProperty("entities", out var entities))
        {
            foreach (var entity in Array(entities, "entities", where))
            {
                if (entity.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{where}: each of \"entities\" must be an object with start, end and type");
                }

                var type = entity.TryGetProperty("type", out var t) ? t : entity.TryGetProperty("label", out var l) ? l : default;
                spans.Add(Span(Number(entity, "start", where), Number(entity, "end", where), type, text, where));
            }
        }
        else if (root.TryGetProperty("label", out var labels) || root.TryGetProperty("labels", out labels))
        {
            foreach (var triple in Array(labels, "label", where))
            {
                if (triple.ValueKind != JsonValueKind.Array || triple.GetArrayLength() != 3
                    || !TryGetInt(triple[0], out var start) || !TryGetInt(triple[1], out var end))
                {
                    throw new InvalidDataException($"{where}: each label must be [start, end, \"TYPE\"]");
                }

                spans.Add(Span(start, end, triple[2], text, where));
            }
        }

        return new AnnotatedText(text, Sorted(spans, where), Id(root));
    }

    /// <summary>Label Studio's JSON export: an array of tasks; each task's first annotation that was not cancelled.</summary>
    private static List<AnnotatedText> ReadLabelStudio(string all, string name)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(all);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not a JSON array of Label Studio tasks ({e.Message})");
        }

        using (json)
        {
            var documents = new List<AnnotatedText>();
            var index = 0;
            foreach (var task in json.RootElement.EnumerateArray())
            {
                var where = $"{name}: task {index++}";
                if (task.ValueKind != JsonValueKind.Object || !task.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{where}: expected an object with \"data\"");
                }

                var text = data.TryGetProperty("text", out _) ? Text(data, where) : FirstString(data, where);
                var spans = new List<EntitySpan>();
                if (task.TryGetProperty("annotations", out var annotations))
                {
                    foreach (var annotation in Array(annotations, "annotations", where))
                    {
                        if (annotation.TryGetProperty("was_cancelled", out var cancelled) && cancelled.ValueKind == JsonValueKind.True)
                        {
                            continue;
                        }

                        if (annotation.TryGetProperty("result", out var result))
                        {
                            foreach (var region in Array(result, "result", where))
                            {
                                if (!region.TryGetProperty("value", out var value) || !value.TryGetProperty("labels", out var regionLabels))
                                {
                                    continue;
                                }

                                var first = Array(regionLabels, "labels", where).FirstOrDefault();
                                spans.Add(Span(Number(value, "start", where), Number(value, "end", where), first, text, where));
                            }
                        }

                        break;
                    }
                }

                documents.Add(new AnnotatedText(text, Sorted(spans, where), Id(task)));
            }

            return documents;
        }
    }

    private static string Text(JsonElement element, string where) =>
        element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!
            : throw new InvalidDataException($"{where}: \"text\" is missing or not a string");

    private static string FirstString(JsonElement data, string where)
    {
        foreach (var property in data.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString()!;
            }
        }

        throw new InvalidDataException($"{where}: \"data\" holds no text");
    }

    private static string? Id(JsonElement element) =>
        !element.TryGetProperty("id", out var id) ? null
        : id.ValueKind == JsonValueKind.String ? id.GetString()
        : id.ValueKind == JsonValueKind.Number ? id.GetRawText()
        : null;

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string property, string where) =>
        element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray()
            : throw new InvalidDataException($"{where}: \"{property}\" must be an array");

    private static int Number(JsonElement element, string property, string where) =>
        element.TryGetProperty(property, out var value) && TryGetInt(value, out var number)
            ? number
            : throw new InvalidDataException($"{where}: \"{property}\" is missing or not a whole number");

    private static bool TryGetInt(JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }

    private static EntitySpan Span(int start, int end, JsonElement type, string text, string where)
    {
        var name = type.ValueKind == JsonValueKind.String ? type.GetString()! : string.Empty;
        if (!TryParseType(name, out var entityType))
        {
            throw new InvalidDataException($"{where}: unknown entity type '{name}' (PERSON, LOCATION, ORGANIZATION or PER, LOC, ORG)");
        }

        if (start < 0 || end > text.Length || start >= end)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{where}: the span [{start}, {end}) does not lie inside the text of {text.Length} UTF-16 code units"));
        }

        return new EntitySpan(start, end, entityType);
    }

    /// <summary>
    /// Entity types by name, in any case: the names and abbreviations the CoNLL reader takes, and the spellings of
    /// annotation tools (<c>PERS</c>, <c>ORGANISATION</c>).
    /// </summary>
    private static bool TryParseType(string name, out EntityType type)
    {
        var upper = name.ToUpperInvariant();
        return Entities.EntityLabels.TryParseType(upper switch { "PERS" => "PERSON", "ORGANISATION" => "ORGANIZATION", _ => upper }, out type);
    }

    private static EntitySpan[] Sorted(List<EntitySpan> spans, string where)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].End)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{where}: the spans [{spans[i - 1].Start}, {spans[i - 1].End}) and [{spans[i].Start}, {spans[i].End}) overlap"));
            }
        }

        return [.. spans];
    }
}
