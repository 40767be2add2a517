using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// A sentence of a CoNLL file: its lines as read, the token of each line (first column) and, where present, the tag
/// (last column). The sentence's text is its tokens joined by single spaces, so token offsets are known exactly.
/// </summary>
internal sealed class ConllSentence
{
    public ConllSentence(IReadOnlyList<string> lines, bool hasTags)
    {
        Lines = lines;
        Words = new string[lines.Count];
        Tags = hasTags ? new string[lines.Count] : null;
        var tokens = new Token[lines.Count];
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var columns = lines[i].Split('\t', ' ');
            Words[i] = columns[0];
            if (Tags is not null)
            {
                Tags[i] = columns.Length > 1 ? columns[^1] : throw new InvalidDataException($"line '{lines[i]}' has no tag column");
            }

            tokens[i] = new Token(position, Words[i].Length, TurkishTokenizer.Default.Classify(Words[i]));
            position += Words[i].Length + 1;
        }

        Tokens = tokens;
        Text = string.Join(' ', Words);
    }

    public IReadOnlyList<string> Lines { get; }

    public string[] Words { get; }

    public string[]? Tags { get; }

    public Token[] Tokens { get; }

    public string Text { get; }
}
