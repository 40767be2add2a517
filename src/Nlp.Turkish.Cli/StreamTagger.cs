using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Nlp.Turkish.Cli;

/// <summary>
/// <c>nlp-tr tag --input lines|jsonl</c>: a stream of documents, one a line, in; one result line per document out, in
/// input order. Lines are read and tagged in batches (on all cores, or <c>--threads</c>), so memory follows the batch,
/// not the input; it works on pipes, so it drops into <c>xargs</c>, GNU <c>parallel</c>, Hadoop Streaming or Spark's
/// <c>RDD.pipe</c>. <c>lines</c>: every line is a document (an empty line an empty one), the result says its line
/// number. <c>jsonl</c>: every line a JSON object; its text field is tagged, its id field is copied to the result as it
/// was written.
/// </summary>
internal sealed class StreamTagger
{
    private const int BatchSize = 512;
    private readonly EntityRecognizer _recognizer;
    private readonly bool _jsonInput;
    private readonly string _idField;
    private readonly string _textField;
    private readonly int _threads;
    private readonly OffsetUnit _unit;

    public StreamTagger(EntityRecognizer recognizer, bool jsonInput, string idField, string textField, int threads, OffsetUnit unit)
    {
        _recognizer = recognizer;
        _jsonInput = jsonInput;
        _idField = idField;
        _textField = textField;
        _threads = threads;
        _unit = unit;
    }

    /// <summary>
    /// Tags every document of <paramref name="input"/>; returns the number of documents. With <paramref name="progress"/>,
    /// a line on stderr, rewritten about once a second, gives the documents so far, the speed and, when the input is a
    /// file (its stream can tell its length), how far through it is and the time left.
    /// </summary>
    public long Run(StreamReader input, string name, Stream output, bool progress)
    {
        var watch = progress ? Stopwatch.StartNew() : null;
        var file = input.BaseStream.CanSeek && input.BaseStream.Length > 0 ? input.BaseStream : null;
        var lastReport = TimeSpan.Zero;
        long lineNumber = 0, documents = 0, tokens = 0;
        var lines = new List<long>(BatchSize);
        var ids = new List<string?>(BatchSize);
        var texts = new List<string>(BatchSize);
        using var writer = new Utf8JsonWriter(output, JsonOutput.Options);
        while (true)
        {
            lines.Clear();
            ids.Clear();
            texts.Clear();
            CliException? bad = null;
            while (texts.Count < BatchSize && input.ReadLine() is { } line)
            {
                lineNumber++;
                if (_jsonInput && line.Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    var (id, text) = _jsonInput ? Parse(line, name, lineNumber) : (null, line);
                    lines.Add(lineNumber);
                    ids.Add(id);
                    texts.Add(text);
                }
                catch (CliException e)
                {
                    // The documents before the bad line are still tagged and written; the stream stops at it.
                    bad = e;
                    break;
                }
            }

            if (texts.Count == 0 && bad is null)
            {
                break;
            }

            var batch = _recognizer.AnalyzeBatch(texts, _threads);
            for (var i = 0; i < batch.Length; i++)
            {
                Write(writer, output, batch[i], lines[i], ids[i]);
                tokens += batch[i].Tokens.Count;
            }

            documents += batch.Length;
            if (bad is not null)
            {
                throw bad;
            }

            if (watch is not null && watch.Elapsed - lastReport > TimeSpan.FromSeconds(1))
            {
                lastReport = watch.Elapsed;
                Report(watch.Elapsed, documents, tokens, file, final: false);
            }
        }

        if (watch is not null)
        {
            Report(watch.Elapsed, documents, tokens, file, final: true);
        }

        return documents;
    }

    /// <summary>Writes the progress line: documents, tokens a second, and for a file the share read and the time left.</summary>
    private static void Report(TimeSpan elapsed, long documents, long tokens, Stream? file, bool final)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{documents:N0} documents, {tokens:N0} tokens, {tokens / Math.Max(elapsed.TotalSeconds, 1e-3) / 1e6:F2} M tokens/s");
        if (final)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", done in {elapsed.TotalSeconds:F1} s");
        }
        else if (file is not null)
        {
            var share = Math.Clamp((double)file.Position / file.Length, 1e-6, 1);
            var left = elapsed.TotalSeconds * (1 - share) / share;
            line += string.Create(CultureInfo.InvariantCulture, $", {share * 100:F0}% read, about {left:F0} s left");
        }

        // A terminal shows the line rewritten in place; a log gets one line each time.
        Console.Error.Write(Console.IsErrorRedirected ? line + "\n" : "\r" + line.PadRight(78) + (final ? "\n" : ""));
    }

    /// <summary>The raw JSON of the id field (or null) and the text of one input line; a bad line is an error naming it.</summary>
    private (string? Id, string Text) Parse(string line, string name, long lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"{name}:{lineNumber}: expected a JSON object with a \"{_textField}\" field");
            }

            if (!json.RootElement.TryGetProperty(_textField, out var text) || text.ValueKind != JsonValueKind.String)
            {
                throw new CliException($"{name}:{lineNumber}: no string field \"{_textField}\" (set the field with --text-field)");
            }

            var id = json.RootElement.TryGetProperty(_idField, out var value) ? value.GetRawText() : null;
            return (id, text.GetString()!);
        }
        catch (JsonException e)
        {
            throw new CliException($"{name}:{lineNumber}: not a JSON object: {e.Message}");
        }
    }

    private void Write(Utf8JsonWriter writer, Stream output, Document document, long line, string? id)
    {
        var offsets = new OffsetConverter(document.Text, _unit);
        writer.WriteStartObject();
        if (_jsonInput)
        {
            writer.WritePropertyName(_idField);
            if (id is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(id, skipInputValidation: true);
            }
        }
        else
        {
            writer.WriteNumber("line", line);
        }

        JsonOutput.WriteOffsetUnit(writer, _unit);

        writer.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            writer.WriteStartObject();
            JsonOutput.WriteMention(writer, entity, offsets);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        JsonOutput.EndLine(writer, output);
    }
}
