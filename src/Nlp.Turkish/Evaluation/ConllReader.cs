namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Reads CoNLL files: one token a line with the token in the first column and, for labelled files, the IOB2 tag in
/// the last; columns split by tabs or spaces; a blank line between sentences; <c>-DOCSTART-</c> lines skipped.
/// </summary>
internal static class ConllReader
{
    public static List<ConllSentence> Read(string path, bool requireTags)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, requireTags, path);
    }

    public static List<ConllSentence> Read(TextReader reader, bool requireTags, string name) => [.. Sentences(reader, requireTags, name)];

    /// <summary>The sentences of a CoNLL input, read as they are asked for.</summary>
    public static IEnumerable<ConllSentence> Sentences(TextReader reader, bool requireTags, string name)
    {
        var lines = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0)
                {
                    yield return new ConllSentence(lines.ToArray(), requireTags);
                    lines.Clear();
                }

                continue;
            }

            if (requireTags && line.IndexOfAny(['\t', ' ']) < 0)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected a token and a tag, found '{line}'");
            }

            lines.Add(line);
        }

        if (lines.Count > 0)
        {
            yield return new ConllSentence(lines.ToArray(), requireTags);
        }
    }
}
