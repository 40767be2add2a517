namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Reads a pre-tokenized CoNLL input as a stream of documents (runs of <c>documentSentences</c> sentences) for
/// tagging; only the documents of the current batch are in memory.
/// </summary>
internal sealed class ConllStream(TextReader reader, int documentSentences)
{
    private readonly List<string> _lines = [];
    private readonly List<int> _sentenceEnds = [];
    private int _lineNumber;

    /// <summary>Reads up to <paramref name="count"/> documents; an empty list at the end of the input.</summary>
    public List<TaggedDocument> ReadBatch(int count)
    {
        var batch = new List<TaggedDocument>(count);
        while (batch.Count < count && ReadDocument() is { } document)
        {
            batch.Add(document);
        }

        return batch;
    }

    private TaggedDocument? ReadDocument()
    {
        _lines.Clear();
        _sentenceEnds.Clear();
        while (_sentenceEnds.Count < documentSentences && reader.ReadLine() is { } line)
        {
            _lineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            _lines.Add(line);
        }

        EndSentence();
        return _lines.Count == 0 ? null : new TaggedDocument(_lines.ToArray(), _sentenceEnds.ToArray());
    }

    private void EndSentence()
    {
        var start = _sentenceEnds.Count == 0 ? 0 : _sentenceEnds[^1];
        if (_lines.Count > start)
        {
            _sentenceEnds.Add(_lines.Count);
        }
    }
}
