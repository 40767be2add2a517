using System.Text.Json;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Cli;

/// <summary><c>nlp-tr tokenize [FILE|-]</c>: one JSON object per token (<c>text</c>, <c>start</c>, <c>end</c>, <c>kind</c>).</summary>
internal static class TokenizeCommand
{
    public const string Usage = "nlp-tr tokenize [FILE|-] [--sentences]";

    public static int Run(IReadOnlyList<string> args, Stream output)
    {
        var arguments = new Arguments(args, [], ["sentences"]);
        var text = InputText.Read(arguments.SingleInput());
        var document = TurkishTokenizer.Default.Tokenize(text);
        var withSentences = arguments.Has("sentences");

        using var writer = new Utf8JsonWriter(output, JsonOutput.Options);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = document.Tokens[t];
                writer.WriteStartObject();
                writer.WriteString("text", document.GetSpan(token));
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                writer.WriteString("kind", JsonOutput.Name(token.Kind));
                if (withSentences)
                {
                    writer.WriteNumber("sentence", s);
                }

                writer.WriteEndObject();
                JsonOutput.EndLine(writer, output);
            }
        }

        return 0;
    }
}
