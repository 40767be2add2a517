namespace Nlp.Turkish;

/// <summary>A sentence: a range of the input text and the range of tokens that it holds.</summary>
/// <param name="Start">The offset of the sentence's first character (its first token's start).</param>
/// <param name="Length">The number of characters up to the end of its last token.</param>
/// <param name="FirstToken">The index of its first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">The number of tokens.</param>
public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    /// <summary>The offset just past the sentence's last character.</summary>
    public int End => Start + Length;

    /// <summary>The index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
