namespace Nlp.Turkish.Entities;

/// <summary>
/// How a document is cut for tagging: into windows, the sequences Viterbi decodes (a sentence each, a run-away
/// "sentence" cut every <c>maxTokens</c> tokens), and windows into sections, the spans over which document hints are
/// pooled (whole windows, at most <c>maxTokens</c> tokens unless one window is longer).
/// </summary>
internal static class DocumentWindows
{
    /// <summary>
    /// Fills <paramref name="windows"/> with the document's windows: each sentence, cut into pieces of at most
    /// <paramref name="maxTokens"/> tokens. A list, a table, or text without punctuation is tagged in windows, which
    /// bounds the scratch memory; a name cut by a window edge is the price of input that has no sentences.
    /// </summary>
    public static ReadOnlySpan<(int First, int Count)> Of(ReadOnlySpan<Sentence> sentences, int maxTokens, List<(int First, int Count)> windows)
    {
        windows.Clear();
        foreach (var sentence in sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += maxTokens)
            {
                windows.Add((first, Math.Min(maxTokens, sentence.EndToken - first)));
            }
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(windows);
    }

    /// <summary>
    /// The end (exclusive) of the section that starts at window <paramref name="start"/>: the windows after it join
    /// while the section stays within <paramref name="maxTokens"/> tokens; the first always does.
    /// </summary>
    public static int SectionEnd(ReadOnlySpan<(int First, int Count)> windows, int start, int maxTokens)
    {
        var first = windows[start].First;
        var end = start + 1;
        while (end < windows.Length && windows[end].First + windows[end].Count - first <= maxTokens)
        {
            end++;
        }

        return end;
    }
}
