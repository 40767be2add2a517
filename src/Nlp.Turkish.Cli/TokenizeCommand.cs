using System.Text.Json;
using Nlp.Turkish.Text;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Cli;

/// <summary>
/// <c>nlp-tr tokenize [FILE|-]</c>: one JSON object per token (<c>text</c>, <c>start</c>, <c>end</c>, <c>kind</c>); with
/// <c>--format text</c>, one sentence a line with its tokens separated by spaces (lowercased by Turkish rules with
/// <c>--lower</c>), the input of word-vector tools; input lines are read and tokenized one at a time in that format.
/// </summary>
internal static class TokenizeCommand
{
    public static System.CommandLine.Command Create(Stream output, TextWriter writer) => CommandLine.Define("tokenize",
        "Split text into sentences and tokens (words, numbers, dates, abbreviations, apostrophe suffixes).",
        arguments => Run(arguments, output, writer),
        CommandLine.Input("FILE", "The text to tokenize, UTF-8; '-' or nothing reads standard input."),
        CommandLine.Value("format", "jsonl|text", "jsonl (default): one JSON object per token (text, start, end, kind; UTF-16 offsets). " +
            "text: one sentence a line, tokens separated by spaces, input read a line at a time (the input of word-vector tools).", "-f"),
        CommandLine.Flag("sentences", "jsonl: add each token's sentence number."),
        CommandLine.Flag("lower", "text: lowercase by Turkish rules (I -> ı, İ -> i)."));

    private static int Run(Arguments arguments, Stream output, TextWriter writer)
    {
        var format = arguments.Get("format") ?? "jsonl";
        if (format is not ("jsonl" or "text"))
        {
            throw new CliException($"unknown format '{format}' (jsonl or text)");
        }

        if (format == "text")
        {
            var (reader, _) = InputText.OpenLines(arguments.SingleInput());
            using (reader)
            {
                WriteText(reader, writer, arguments.Has("lower"));
            }

            return 0;
        }

        var text = InputText.Read(arguments.SingleInput());
        var document = TurkishTokenizer.Default.Tokenize(text);
        var withSentences = arguments.Has("sentences");

        using var json = new Utf8JsonWriter(output, JsonOutput.Options);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = document.Tokens[t];
                json.WriteStartObject();
                json.WriteString("text", document.GetSpan(token));
                json.WriteNumber("start", token.Start);
                json.WriteNumber("end", token.End);
                json.WriteString("kind", JsonOutput.Name(token.Kind));
                if (withSentences)
                {
                    json.WriteNumber("sentence", s);
                }

                json.WriteEndObject();
                JsonOutput.EndLine(json, output);
            }
        }

        return 0;
    }

    private static void WriteText(TextReader reader, TextWriter writer, bool lower)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var buffer = new char[256];
        while (reader.ReadLine() is { } line)
        {
            tokens.Clear();
            sentences.Clear();
            TurkishTokenizer.Default.Tokenize(line, tokens);
            TurkishTokenizer.Default.SplitSentences(line, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
            foreach (var sentence in sentences)
            {
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var span = tokens[t].GetSpan(line);
                    if (t > sentence.FirstToken)
                    {
                        writer.Write(' ');
                    }

                    if (lower)
                    {
                        if (buffer.Length < span.Length)
                        {
                            buffer = new char[span.Length];
                        }

                        writer.Write(buffer, 0, TurkishCasing.ToLower(span, buffer));
                    }
                    else
                    {
                        writer.Write(span);
                    }
                }

                writer.Write('\n');
            }
        }
    }
}
