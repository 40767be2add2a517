namespace Nlp.Turkish.Evaluation;

/// <summary>
/// A sentence of a CoNLL file: its lines as read and, where present, the tag of each (last column). Its token is the
/// first column (<see cref="Word"/>); <see cref="ConllDocument"/> lays the tokens out as text.
/// </summary>
internal sealed class ConllSentence
{
    private static readonly char[] Separators = ['\t', ' '];

    public ConllSentence(IReadOnlyList<string> lines, bool hasTags)
    {
        Lines = lines;
        if (!hasTags)
        {
            return;
        }

        Tags = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var last = line.AsSpan().LastIndexOfAny(Separators);
            Tags[i] = last >= 0 ? line[(last + 1)..] : throw new InvalidDataException($"line '{line}' has no tag column");
        }
    }

    public IReadOnlyList<string> Lines { get; }

    public string[]? Tags { get; }

    /// <summary>The token of line <paramref name="i"/>: its first column.</summary>
    public ReadOnlySpan<char> Word(int i)
    {
        var line = Lines[i].AsSpan();
        var end = line.IndexOfAny(Separators);
        return end < 0 ? line : line[..end];
    }
}
