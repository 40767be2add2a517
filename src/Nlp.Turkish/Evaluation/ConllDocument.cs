using Nlp.Turkish.Tokenization;

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
            tokenCount += sentences[s].Words.Count;
        }

        // Each sentence's tokens joined by single spaces, a line break after each sentence.
        var tokens = new Token[tokenCount];
        var sentenceRanges = new Sentence[count];
        var builder = new System.Text.StringBuilder(tokenCount * 8);
        var t = 0;
        for (var s = 0; s < count; s++)
        {
            var sentence = sentences[first + s];
            var start = builder.Length;
            var firstToken = t;
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var word = sentence.Words[i];
                if (i > 0)
                {
                    builder.Append(' ');
                }

                tokens[t++] = new Token(builder.Length, word.Length, TurkishTokenizer.Default.Classify(word));
                builder.Append(word);
            }

            sentenceRanges[s] = new Sentence(start, builder.Length - start, firstToken, t - firstToken);
            builder.Append('\n');
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

    /// <summary>
    /// Splits a corpus into documents of at most <paramref name="sentencesPerDocument"/> sentences; where the corpus's
    /// own documents are known (the index of each one's first sentence), no document crosses their boundaries.
    /// </summary>
    public static List<ConllDocument> Split(IReadOnlyList<ConllSentence> sentences, int sentencesPerDocument, IReadOnlySet<int>? documentStarts = null)
    {
        var documents = new List<ConllDocument>();
        var first = 0;
        while (first < sentences.Count)
        {
            var count = 1;
            while (count < sentencesPerDocument && first + count < sentences.Count && documentStarts?.Contains(first + count) != true)
            {
                count++;
            }

            documents.Add(new ConllDocument(sentences, first, count));
            first += count;
        }

        return documents;
    }
}
