using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Tokenization;

/// <summary>Helpers that tokenize and check the invariants every tokenization must satisfy.</summary>
internal static class TokenizerAssert
{
    public static string[] Texts(string text) =>
        TurkishTokenizer.Default.Tokenize(text).Tokens.Select(t => t.GetText(text)).ToArray();

    public static (string Text, TokenKind Kind)[] TextsAndKinds(string text) =>
        TurkishTokenizer.Default.Tokenize(text).Tokens.Select(t => (t.GetText(text), t.Kind)).ToArray();

    /// <summary>
    /// Tokens are non-empty, in order, inside the text and non-overlapping; what lies between them is only gap
    /// characters; sentences cover every token once, in order. Returns the first violation, or null.
    /// </summary>
    public static string? FindInvariantViolation(string text, Document document)
    {
        var position = 0;
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            var token = document.Tokens[i];
            if (token.Length <= 0 || token.Start < position || token.End > text.Length)
            {
                return $"token {i} [{token.Start},{token.End}) is empty, overlapping or out of range (previous end {position})";
            }

            for (var g = position; g < token.Start; g++)
            {
                if (!TurkishTokenizer.IsGap(text[g]))
                {
                    return $"character U+{(int)text[g]:X4} at {g} is in no token";
                }
            }

            position = token.End;
        }

        for (var g = position; g < text.Length; g++)
        {
            if (!TurkishTokenizer.IsGap(text[g]))
            {
                return $"character U+{(int)text[g]:X4} at {g} after the last token is in no token";
            }
        }

        var expectedFirst = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.FirstToken != expectedFirst || sentence.TokenCount <= 0)
            {
                return $"sentence starting at token {sentence.FirstToken} breaks the chain (expected {expectedFirst})";
            }

            var first = document.Tokens[sentence.FirstToken];
            var last = document.Tokens[sentence.EndToken - 1];
            if (sentence.Start != first.Start || sentence.End != last.End)
            {
                return $"sentence [{sentence.Start},{sentence.End}) does not span its tokens [{first.Start},{last.End})";
            }

            expectedFirst = sentence.EndToken;
        }

        return expectedFirst == document.Tokens.Count ? null : $"sentences cover {expectedFirst} of {document.Tokens.Count} tokens";
    }
}
