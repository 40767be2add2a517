namespace Nlp.Turkish;

/// <summary>
/// A token: a range of UTF-16 characters of the input text and its kind. It holds no string, so tokenizing allocates
/// nothing per token; read its text with <see cref="GetText(string)"/> or <see cref="Document.GetText(Token)"/>.
/// </summary>
/// <param name="Start">The offset of the first character in the input.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The offset just past the last character (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>, the input it was produced from.</summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <returns>A slice of <paramref name="text"/>.</returns>
    public ReadOnlySpan<char> GetSpan(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The token's text in <paramref name="text"/>, the input it was produced from.</summary>
    /// <param name="text">The text that was tokenized.</param>
    /// <returns>A new string with the token's characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
