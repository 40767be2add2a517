using System.Text;
using System.Text.RegularExpressions;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests;

/// <summary>
/// Hand-annotated test text in bracket form (<c>[PER Şükrü Özdemir]</c>, <c>[LOC Ankara]'da</c>,
/// <c>[ORG Ulaştırma Bakanlığı]ndan</c>): one document a paragraph, paragraphs separated by a blank line. Read as
/// raw text with gold character spans, or laid out as IOB2 CoNLL through the library's tokenizer.
/// </summary>
internal static partial class BracketCorpus
{
    /// <summary>The repository's own regression fixture: news written for these tests, not copied from anywhere.</summary>
    public static string RegressionNewsPath => Path.Combine(AppContext.BaseDirectory, "Data", "regression-news.txt");

    public static IReadOnlyList<AnnotatedText> Read(string path)
    {
        var documents = new List<AnnotatedText>();
        foreach (var paragraph in File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var text = new StringBuilder();
            var spans = new List<EntitySpan>();
            var last = 0;
            var source = paragraph.Trim('\n');
            foreach (Match match in Mark().Matches(source))
            {
                text.Append(source, last, match.Index - last);
                var start = text.Length;
                text.Append(match.Groups[2].Value);
                spans.Add(new EntitySpan(start, text.Length, match.Groups[1].Value switch
                {
                    "PER" => EntityType.Person,
                    "LOC" => EntityType.Location,
                    _ => EntityType.Organization,
                }));
                last = match.Index + match.Length;
            }

            text.Append(source, last, source.Length - last);
            documents.Add(new AnnotatedText(text.ToString(), spans));
        }

        return documents;
    }

    /// <summary>
    /// Writes the documents as IOB2 CoNLL (token, tab, tag; a blank line between sentences) from the tokenizer's tokens
    /// and sentences; a token that a gold span covers in part (a suffix written without an apostrophe) is inside it.
    /// </summary>
    public static string ToConll(IEnumerable<AnnotatedText> documents)
    {
        var output = new StringBuilder();
        foreach (var document in documents)
        {
            var analyzed = TurkishTokenizer.Default.Tokenize(document.Text);
            foreach (var sentence in analyzed.Sentences)
            {
                EntitySpan? open = null;
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var token = analyzed.Tokens[t];
                    var span = document.Entities.Cast<EntitySpan?>()
                        .FirstOrDefault(s => s!.Value.Start < token.End && token.Start < s.Value.End);
                    var tag = span is null ? "O" : (span == open ? "I-" : "B-") + Name(span.Value.Type);
                    open = span;
                    output.Append(analyzed.GetText(token)).Append('\t').Append(tag).Append('\n');
                }

                output.Append('\n');
            }
        }

        return output.ToString();
    }

    private static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Location => "LOCATION",
        _ => "ORGANIZATION",
    };

    [GeneratedRegex(@"\[(PER|LOC|ORG) ([^\[\]]+?)\]")]
    private static partial Regex Mark();
}
