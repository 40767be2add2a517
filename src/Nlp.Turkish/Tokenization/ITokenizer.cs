namespace Nlp.Turkish.Tokenization;

/// <summary>
/// Splits text into tokens and sentences with exact offsets. The tokens and the gaps between them (white space and
/// invisible format characters only) reproduce the input exactly. Implementations are thread-safe.
/// </summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in text order.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="tokens">The list to append to; reuse it across calls to avoid allocation.</param>
    void Tokenize(ReadOnlySpan<char> text, List<Token> tokens);

    /// <summary>Groups the tokens of <paramref name="text"/> into sentences and appends them to <paramref name="sentences"/>.</summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <param name="tokens">All its tokens, as <see cref="Tokenize(ReadOnlySpan{char}, List{Token})"/> produced them.</param>
    /// <param name="sentences">The list to append to; every token lands in exactly one sentence.</param>
    void SplitSentences(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences);
}
