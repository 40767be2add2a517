namespace Nlp.Turkish.Evaluation;

/// <summary>
/// A sentence of a CoNLL input as <see cref="ConllReader"/> read it: each line's token (its first column), the lines
/// themselves (written back by <c>tag --conll</c>), and in labelled input each line's IOB2 tag (its last column).
/// <see cref="ConllDocument"/> lays the tokens out as text.
/// </summary>
internal sealed class ConllSentence(string[] words, string[] lines, string[]? tags)
{
    /// <summary>The token of each line.</summary>
    public IReadOnlyList<string> Words { get; } = words;

    /// <summary>The lines as read.</summary>
    public IReadOnlyList<string> Lines { get; } = lines;

    /// <summary>The checked IOB2 tag of each line, or null for unlabelled input.</summary>
    public string[]? Tags { get; } = tags;
}
