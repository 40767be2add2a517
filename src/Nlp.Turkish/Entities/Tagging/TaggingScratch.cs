namespace Nlp.Turkish.Entities;

/// <summary>
/// Everything one call of the tagger writes into, grown on demand and reused from document to document so that
/// steady-state tagging allocates nothing per token: the window buffers (facts, scores, back pointers, context keys),
/// the section buffers of the second stage, the word cache, and the lists <see cref="EntityRecognizer.Analyze(string)"/>
/// fills before it copies them into a document. Not thread-safe: one call uses it at a time (<see cref="ScratchPool"/>).
/// </summary>
internal sealed class TaggingScratch
{
    /// <summary>The most tokens whose per-document buffers and lists a scratch keeps between documents.</summary>
    private const int MaxKeptTokens = 1 << 20;

    private TokenFacts[] _facts = new TokenFacts[64];
    private float[] _scores = new float[64 * EntityLabels.Count];
    private float[] _secondScores = new float[64 * EntityLabels.Count];
    private int[] _backPointers = new int[64 * EntityLabels.Count];
    private float[] _posterior = new float[64 * EntityLabels.Count];
    private ulong[] _contextKeys = new ulong[64 * FeatureExtractor.MaxContextFeatures];
    private int[] _contextCounts = new int[64];
    private int[] _entries = new int[64];
    private float[] _sectionSums = new float[256 * EntityLabels.Count];
    private ulong[] _sectionLowers = new ulong[256];
    private byte[] _sectionCaps = new byte[256];
    private byte[] _sectionCuts = new byte[256];
    private DocumentHint[] _hints = new DocumentHint[256];
    private int[] _documentLabels = new int[256];
    private WordCache? _words;

    /// <summary>The facts of a window's tokens.</summary>
    public Span<TokenFacts> Facts(int tokens) => ScratchArrays.Take(ref _facts, tokens);

    /// <summary>A window's <c>n × 13</c> scores: stage one's, then, in the second pass, stage two's.</summary>
    public Span<float> Scores(int tokens) => ScratchArrays.Take(ref _scores, tokens * EntityLabels.Count);

    /// <summary>A window's stage-two scores, which a one-stage model computes and leaves unused.</summary>
    public Span<float> SecondScores(int tokens) => ScratchArrays.Take(ref _secondScores, tokens * EntityLabels.Count);

    /// <summary>A window's <c>n × 13</c> log marginals for <see cref="PosteriorDecoder"/>.</summary>
    public Span<float> Posterior(int tokens) => ScratchArrays.Take(ref _posterior, tokens * EntityLabels.Count);

    /// <summary>Viterbi's back pointers for a window.</summary>
    public Span<int> BackPointers(int tokens) => ScratchArrays.Take(ref _backPointers, tokens * EntityLabels.Count);

    /// <summary>The context-feature keys of a window's tokens, <see cref="FeatureExtractor.MaxContextFeatures"/> a token.</summary>
    public Span<ulong> ContextKeys(int tokens) => ScratchArrays.Take(ref _contextKeys, tokens * FeatureExtractor.MaxContextFeatures);

    /// <summary>How many context features each of a window's tokens has.</summary>
    public Span<int> ContextCounts(int tokens) => ScratchArrays.Take(ref _contextCounts, tokens);

    /// <summary>The word-cache entries of a window's tokens.</summary>
    public Span<int> Entries(int tokens) => ScratchArrays.Take(ref _entries, tokens);

    /// <summary>A section's stage-two sums without hints, kept from stage one's pass for the second.</summary>
    public Span<float> SectionSums(int tokens) => ScratchArrays.Take(ref _sectionSums, tokens * EntityLabels.Count);

    /// <summary>Each token's lowercase hash in a section, for the document hints.</summary>
    public Span<ulong> SectionLowers(int tokens) => ScratchArrays.Take(ref _sectionLowers, tokens);

    /// <summary>Each token's casing class in a section, for the hint features.</summary>
    public Span<byte> SectionCaps(int tokens) => ScratchArrays.Take(ref _sectionCaps, tokens);

    /// <summary>
    /// Each token's <see cref="TokenFacts.BaseCut"/> across a section (or a one-stage model's window), for the mentions'
    /// base forms.
    /// </summary>
    public Span<byte> SectionCuts(int tokens) => ScratchArrays.Take(ref _sectionCuts, tokens);

    /// <summary>Each token's document hint in a section.</summary>
    public Span<DocumentHint> Hints(int tokens) => ScratchArrays.Take(ref _hints, tokens);

    /// <summary>The labels of a document whose caller does not want them.</summary>
    public Span<int> DocumentLabels(int tokens) => ScratchArrays.Take(ref _documentLabels, tokens);

    /// <summary>The document's windows (<see cref="DocumentWindows"/>).</summary>
    public List<(int First, int Count)> Windows { get; } = [];

    /// <summary>The document hints' vote table.</summary>
    public HintVotes Votes { get; private set; } = new();

    /// <summary>Forward-backward buffers for the final labels and their confidences.</summary>
    public ChainMarginals Marginals { get; } = new();

    /// <summary>This scratch's word cache, bound to <paramref name="emissions"/>; created on first use.</summary>
    public WordCache Words(EmissionTable emissions)
    {
        _words ??= new WordCache();
        _words.Bind(emissions);
        return _words;
    }

    /// <summary>The token list that Analyze fills before it copies it into the document.</summary>
    public List<Token> Tokens { get; private set; } = new(1024);

    /// <summary>The sentence list that Analyze fills before it copies it into the document.</summary>
    public List<Sentence> Sentences { get; private set; } = new(64);

    /// <summary>The mention list that Analyze fills before it copies it into the document.</summary>
    public List<EntityMention> Mentions { get; private set; } = new(64);

    /// <summary>
    /// Drops the per-document buffers that a huge document grew past <see cref="MaxKeptTokens"/> tokens, so that a
    /// scratch does not keep hundreds of megabytes alive after one such document; ordinary ones stay for reuse.
    /// </summary>
    public void ReleaseDocumentBuffers()
    {
        if (_documentLabels.Length > MaxKeptTokens)
        {
            _documentLabels = new int[256];
        }

        if (Votes.Capacity > MaxKeptTokens)
        {
            Votes = new HintVotes();
        }
    }

    /// <summary>Empties Analyze's lists for the next document, and replaces those a huge document grew.</summary>
    public void ReleaseAnalysisLists()
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
