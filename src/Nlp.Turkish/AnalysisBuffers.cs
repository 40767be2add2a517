namespace Nlp.Turkish;

/// <summary>
/// The lists one thread's <see cref="EntityRecognizer.Analyze(string)"/> fills before it copies them into the
/// document's arrays, reused from call to call so that a document costs its result arrays and no list growth. A list
/// that grew past <see cref="MaxKeptTokens"/> for a huge document is dropped afterwards rather than kept alive.
/// </summary>
internal sealed class AnalysisBuffers
{
    /// <summary>The most tokens whose list (16 bytes a token) is kept for the next document.</summary>
    private const int MaxKeptTokens = 1 << 20;

    public List<Token> Tokens { get; private set; } = new(1024);

    public List<Sentence> Sentences { get; private set; } = new(64);

    public List<EntityMention> Mentions { get; private set; } = new(64);

    /// <summary>Empties the lists for the next document, or replaces those that grew too large.</summary>
    public void Reset()
    {
        Tokens.Clear();
        Sentences.Clear();
        Mentions.Clear();
        if (Tokens.Capacity > MaxKeptTokens)
        {
            Tokens = new List<Token>(1024);
        }

        if (Sentences.Capacity > MaxKeptTokens / 16)
        {
            Sentences = new List<Sentence>(64);
        }

        if (Mentions.Capacity > MaxKeptTokens / 16)
        {
            Mentions = new List<EntityMention>(64);
        }
    }
}
