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
    public const string Usage = "nlp-tr tag [FILE|-] [--format jsonl|text|conll|entities] [--offsets utf16|codepoints|utf8] [--model PATH] | nlp-tr tag [FILE|-] --input lines|jsonl [--id-field id] [--text-field text] [--threads N] [--offsets ...] [--model PATH] | nlp-tr tag --conll FILE.conll|- [--model PATH] [--threads N]";

    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter output)
    {
        var arguments = new Arguments(args, ["format", "model", "conll", "doc-sentences", "threads", "offsets", "input", "id-field", "text-field"], []);
        var format = arguments.Get("format") ?? "jsonl";
        if (format is not ("jsonl" or "text" or "conll" or "entities"))
        {
            throw new CliException($"unknown format '{format}' (jsonl, text, conll or entities)");
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
            var (reader, name) = InputText.OpenLines(arguments.SingleInput() ?? "-");
            using (reader)
            {
                output.Flush();
                try
                {
                    tagger.Run(reader, name, stdout);
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
