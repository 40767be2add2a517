using System.Globalization;
using System.Text.Json;
using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Cli;

/// <summary>
/// <c>nlp-tr tag</c>: raw text in, entities out (<c>jsonl</c>: one object per entity; <c>text</c>: a readable line
/// per entity; <c>conll</c>: token and IOB2 tag per line; <c>entities</c>: one object per referent, its mentions
/// grouped); or, with <c>--conll</c>, pre-tokenized CoNLL in and the
/// same lines out with the predicted tag appended.
/// </summary>
internal static class TagCommand
{
    public static System.CommandLine.Command Create(Stream stdout, TextWriter output) => CommandLine.Define("tag",
        "Find the people, places and organizations in Turkish text. Three ways in: one document (FILE or standard input), " +
        "a stream of documents (--input lines|jsonl: one result line per document, in input order, on every core), or " +
        "pre-tokenized CoNLL (--conll: each line comes back with the predicted tag appended).",
        arguments => Run(arguments, stdout, output),
        CommandLine.Input("FILE", "The text, UTF-8; '-' or nothing reads standard input (a terminal is refused: pipe text in)."),
        CommandLine.Value("format", "jsonl|text|conll|entities|html", "For one document. jsonl (default): one JSON object per entity mention " +
            "(type, start, end, text, base: the name without its case suffix, score: calibrated confidence). text: one readable line per mention. " +
            "conll: token and IOB2 tag a line, sentences separated by blank lines. entities: one JSON object per referent " +
            "(a person, place or organization with all its mentions: 'Tokayev' x8 -> 'Kasım Cömert Tokayev'). html: a self-contained " +
            "page that shows the text with each mention marked in its type's colour (base form and confidence on hover).", "-f"),
        CommandLine.Value("offsets", "utf16|codepoints|utf8", "The unit of start/end in JSON output: utf16 (default; .NET, Java, " +
            "JavaScript string indexes), codepoints (Python str indexes), utf8 (byte offsets into the UTF-8 text). Each object says which.", "-o"),
        CommandLine.Value("input", "lines|jsonl", "Tag a stream of documents: lines = each line is a document; jsonl = each line is a JSON " +
            "object with an id and a text field. Writes one JSON line per document ({\"id\", \"entities\": [...]}; with lines, " +
            "\"line\" instead of \"id\"), in input order. Memory is bounded by the batch, not the input.", "-i"),
        CommandLine.Value("id-field", "NAME", "--input jsonl: the field that names a document (default id; copied to the output as it is)."),
        CommandLine.Value("text-field", "NAME", "--input jsonl: the field that holds a document's text (default text)."),
        CommandLine.Value("conll", "FILE", "Tag pre-tokenized CoNLL (first column the token; blank lines end sentences, -DOCSTART- " +
            "lines end documents); '-' reads standard input. Writes every input line with the predicted IOB2 tag appended."),
        CommandLine.Value("doc-sentences", "N", $"--conll without -DOCSTART- lines: tag every N sentences as one document (default {ConllCorpus.DefaultDocumentSentences}).", "-d"),
        CommandLine.Flag("progress", "--input: report progress on stderr (documents, speed, time left) even when stderr is not a terminal; " +
            "on a terminal it is always shown."),
        CommandLine.Value("threads", "N", "Threads for --input and --conll (default: every core). One document is tagged on one thread.", "-t"),
        Models.Option());

    private static int Run(Arguments arguments, Stream stdout, TextWriter output)
    {
        var format = arguments.Get("format") ?? "jsonl";
        if (format is not ("jsonl" or "text" or "conll" or "entities" or "html"))
        {
            throw new CliException($"unknown format '{format}' (jsonl, text, conll, entities or html)");
        }

        if (arguments.Get("conll") is { } conllPath)
        {
            if (arguments.Positionals.Count > 0)
            {
                throw new CliException("--conll takes the input file; give no other input");
            }

            if (arguments.Has("format"))
            {
                throw new CliException("--format does not apply to --conll, whose output is its input lines with a tag appended");
            }

            foreach (var other in new[] { "offsets", "input", "id-field", "text-field", "progress" })
            {
                if (arguments.Has(other))
                {
                    throw new CliException($"--{other} does not apply to --conll");
                }
            }

            // The output is written as the input streams in, so a bad byte deep in a large file is looked for first
            // (standard input cannot be read twice: a bad byte there stops the output where it is found).
            if (conllPath != "-")
            {
                InputText.RequireUtf8(conllPath);
            }

            var conllRecognizer = Models.Load(arguments.Get("model"));
            var (reader, name) = InputText.OpenLines(conllPath);
            using (reader)
            {
                try
                {
                    ConllCorpus.Tag(conllRecognizer, reader, output, arguments.GetInt("doc-sentences", ConllCorpus.DefaultDocumentSentences, 1, 100_000),
                        arguments.GetInt("threads", Environment.ProcessorCount, 1, 1024), name);
                }
                catch (InvalidDataException e)
                {
                    output.Flush();
                    throw new CliException(e.Message);
                }
            }

            return 0;
        }

        var unit = OffsetConverter.Parse(arguments.Get("offsets"));
        if (arguments.Has("offsets") && !arguments.Has("input") && format is not ("jsonl" or "entities"))
        {
            throw new CliException("--offsets applies to the JSON formats (jsonl, entities)");
        }

        if (!arguments.Has("input") && !arguments.Has("conll"))
        {
            foreach (var streamOnly in new[] { "threads", "progress" })
            {
                if (arguments.Has(streamOnly))
                {
                    throw new CliException($"--{streamOnly} applies to document streams (--input){(streamOnly == "threads" ? " and --conll" : "")}; one document is tagged on one thread");
                }
            }
        }

        if (arguments.Has("doc-sentences"))
        {
            throw new CliException("--doc-sentences applies to --conll");
        }

        if ((arguments.Has("id-field") || arguments.Has("text-field")) && arguments.Get("input") != "jsonl")
        {
            throw new CliException("--id-field and --text-field apply to --input jsonl");
        }

        if (arguments.Get("input") is { } inputKind)
        {
            if (inputKind is not ("lines" or "jsonl"))
            {
                throw new CliException($"unknown input kind '{inputKind}' (lines or jsonl)");
            }

            if (arguments.Has("format"))
            {
                throw new CliException("--format does not apply to --input, whose output is one JSON line per document");
            }

            var tagger = new StreamTagger(Models.Load(arguments.Get("model")), inputKind == "jsonl", arguments.Get("id-field") ?? "id",
                arguments.Get("text-field") ?? "text", arguments.GetInt("threads", Environment.ProcessorCount, 1, 1024), unit);
            var (reader, name) = InputText.OpenLines(arguments.SingleInput());
            using (reader)
            {
                output.Flush();
                try
                {
                    tagger.Run(reader, name, stdout, arguments.Has("progress") || !Console.IsErrorRedirected);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    throw new CliException($"{name} is not valid UTF-8 text");
                }
            }

            return 0;
        }

        var text = InputText.Read(arguments.SingleInput());
        var recognizer = Models.Load(arguments.Get("model"));
        var document = recognizer.Analyze(text);
        switch (format)
        {
            case "jsonl":
                output.Flush();
                WriteJsonLines(document, stdout, unit);
                break;
            case "text":
                foreach (var entity in document.Entities)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{JsonOutput.Name(entity.Type),-13} {entity.Text,-28} {entity.Start,6}-{entity.End,-6} {entity.Score:F3}"));
                }

                break;
            case "entities":
                output.Flush();
                WriteReferents(document, stdout, unit);
                break;
            case "html":
                HtmlView.WriteDocument(output, $"nlp-tr tag: {arguments.SingleInput() ?? "standard input"}", document);
                break;
            default:
                WriteConll(document, output);
                break;
        }

        return 0;
    }

    private static void WriteJsonLines(Document document, Stream stdout, OffsetUnit unit)
    {
        var offsets = new OffsetConverter(document.Text, unit);
        using var writer = new Utf8JsonWriter(stdout, JsonOutput.Options);
        foreach (var entity in document.Entities)
        {
            writer.WriteStartObject();
            JsonOutput.WriteMention(writer, entity, offsets);
            JsonOutput.WriteOffsetUnit(writer, unit);
            writer.WriteEndObject();
            JsonOutput.EndLine(writer, stdout);
        }
    }

    private static void WriteReferents(Document document, Stream stdout, OffsetUnit unit)
    {
        var offsets = new OffsetConverter(document.Text, unit);
        using var writer = new Utf8JsonWriter(stdout, JsonOutput.Options);
        foreach (var referent in document.Referents)
        {
            writer.WriteStartObject();
            writer.WriteString("type", JsonOutput.Name(referent.Type));
            writer.WriteString("name", referent.Name);
            writer.WriteNumber("count", referent.Count);
            writer.WriteStartArray("mentions");
            foreach (var mention in referent.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", offsets.Convert(mention.Start));
                writer.WriteNumber("end", offsets.Convert(mention.End));
                writer.WriteString("text", mention.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            JsonOutput.WriteOffsetUnit(writer, unit);
            writer.WriteEndObject();
            JsonOutput.EndLine(writer, stdout);
        }
    }

    private static void WriteConll(Document document, TextWriter output)
    {
        var tags = document.Tags;
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                output.Write(document.GetSpan(document.Tokens[t]));
                output.Write('\t');
                output.WriteLine(tags[t]);
            }

            output.WriteLine();
        }
    }
}
