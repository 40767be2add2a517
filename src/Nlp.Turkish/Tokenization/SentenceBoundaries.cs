using Nlp.Turkish.Text;

namespace Nlp.Turkish.Tokenization;

/// <summary>
/// Sentence boundaries over tokens. A sentence ends after terminal punctuation (<c>.</c> <c>!</c> <c>?</c> <c>…</c>),
/// with any closing quotes or brackets right after it, when the next token does not start with a lowercase letter;
/// after an abbreviation that may end a sentence (<c>vb.</c>) when a capitalized word follows; and at a line break,
/// unless the next line continues the sentence in lowercase. A blank line always ends a sentence, which keeps news
/// headlines and datelines apart from the body.
/// </summary>
internal static class SentenceBoundaries
{
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, AbbreviationTable abbreviations, List<Sentence> sentences)
    {
        var first = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var end = t + 1 == tokens.Length;
            if (!end)
            {
                if (IsTerminal(text, tokens[t]))
                {
                    while (t + 1 < tokens.Length && IsCloser(text, tokens[t], tokens[t + 1]))
                    {
                        t++;
                    }

                    end = t + 1 == tokens.Length || !StartsLowercase(text, tokens[t + 1]);
                }
                else if (tokens[t].Kind == TokenKind.Abbreviation
                         && abbreviations.TryGet(text.Slice(tokens[t].Start, tokens[t].Length - 1), out var mayEnd) && mayEnd)
                {
                    end = TurkishCasing.IsUpper(text[tokens[t + 1].Start]);
                }

                if (!end && t + 1 < tokens.Length)
                {
                    var newlines = CountNewlines(text[tokens[t].End..tokens[t + 1].Start]);
                    end = newlines >= 2 || (newlines == 1 && !StartsLowercase(text, tokens[t + 1]));
                }
            }

            if (end)
            {
                var start = tokens[first].Start;
                sentences.Add(new Sentence(start, tokens[t].End - start, first, t + 1 - first));
                first = t + 1;
            }
        }
    }

    private static bool IsTerminal(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        foreach (var c in token.GetSpan(text))
        {
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A closing quote or bracket glued to the terminal punctuation before it (<c>görüyoruz."</c>).</summary>
    private static bool IsCloser(ReadOnlySpan<char> text, Token previous, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && token.Start == previous.End
        && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']';

    private static bool StartsLowercase(ReadOnlySpan<char> text, Token token) => TurkishCasing.IsLower(text[token.Start]);

    private static int CountNewlines(ReadOnlySpan<char> gap)
    {
        var count = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 == gap.Length || gap[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }
}
