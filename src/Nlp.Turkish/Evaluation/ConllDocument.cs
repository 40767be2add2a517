namespace Nlp.Turkish.Evaluation;

/// <summary>
/// A run of consecutive CoNLL sentences joined into one document text (sentences separated by a line break), so that
/// document-level tagging sees them together. CoNLL files of the Milliyet corpus mark no article boundaries; fixed
/// runs of sentences stand in for articles.
/// </summary>
internal sealed class ConllDocument
{
    public ConllDocument(IReadOnlyList<ConllSentence> sentences, int first, int count)
    {
        First = first;
        Count = count;
        var tokenCount = 0;
        for (var s = first; s < first + count; s++)
        {
            tokenCount += sentences[s].Tokens.Length;
        }

        var tokens = new Token[tokenCount];
        var sentenceRanges = new Sentence[count];
        var builder = new System.Text.StringBuilder();
        var t = 0;
        for (var s = 0; s < count; s++)
        {
            var sentence = sentences[first + s];
            var offset = builder.Length;
            builder.Append(sentence.Text).Append('\n');
            var firstToken = t;
            foreach (var token in sentence.Tokens)
            {
                tokens[t++] = token with { Start = token.Start + offset };
            }

            sentenceRanges[s] = new Sentence(offset, sentence.Text.Length, firstToken, t - firstToken);
        }

        Text = builder.ToString();
        Tokens = tokens;
        Sentences = sentenceRanges;
    }

    public int First { get; }

    public int Count { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Sentence[] Sentences { get; }

    /// <summary>Splits a corpus into documents of at most <paramref name="sentencesPerDocument"/> sentences.</summary>
    public static List<ConllDocument> Split(IReadOnlyList<ConllSentence> sentences, int sentencesPerDocument)
    {
        var documents = new List<ConllDocument>();
        for (var first = 0; first < sentences.Count; first += sentencesPerDocument)
        {
            documents.Add(new ConllDocument(sentences, first, Math.Min(sentencesPerDocument, sentences.Count - first)));
        }

        return documents;
    }
}
