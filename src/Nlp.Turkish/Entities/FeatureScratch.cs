using Nlp.Turkish.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Scratch buffers for analysis, feature extraction and decoding, and the word cache, grown on demand and reused, so
/// that steady-state tagging allocates nothing per token. Not thread-safe: one call uses it at a time
/// (<see cref="ScratchPool"/>).
/// </summary>
internal sealed class FeatureScratch
{
    private TokenFacts[] _facts = new TokenFacts[64];
    private ulong[] _documentLowers = new ulong[256];
    private byte[] _documentCaps = new byte[256];
    private float[] _documentScores = new float[256 * EntityLabels.Count];
    private char[] _lower = new char[256];
    private ulong[] _features = new ulong[64 * FeatureExtractor.MaxFeaturesPerToken];
    private int[] _counts = new int[64];
    private ulong[] _contextKeys = new ulong[64 * FeatureExtractor.MaxContextFeatures];
    private float[] _scores = new float[64 * EntityLabels.Count];
    private int[] _labels = new int[64];
    private int[] _backPointers = new int[64 * EntityLabels.Count];
    private byte[] _hints = new byte[256];
    private int[] _documentLabels = new int[256];
    private int[] _entries = new int[64];
    private ulong[] _wordKeys = new ulong[64];
    private float[] _secondScores = new float[64 * EntityLabels.Count];
    private readonly List<(int First, int Count)> _windows = [];
    private WordCache? _words;

    public Span<TokenFacts> Facts(int count) => Grow(ref _facts, count).AsSpan(0, count);

    /// <summary>Each token's lowercase hash, for the document hints.</summary>
    public Span<ulong> DocumentLowers(int count) => Grow(ref _documentLowers, count).AsSpan(0, count);

    /// <summary>Each token's casing class, for the document hints.</summary>
    public Span<byte> DocumentCaps(int count) => Grow(ref _documentCaps, count).AsSpan(0, count);

    public Span<float> DocumentScores(int count) => Grow(ref _documentScores, count).AsSpan(0, count);

    public Span<ulong> Features(int tokens) => Grow(ref _features, tokens * FeatureExtractor.MaxFeaturesPerToken).AsSpan(0, tokens * FeatureExtractor.MaxFeaturesPerToken);

    public Span<int> Counts(int tokens) => Grow(ref _counts, tokens).AsSpan(0, tokens);

    /// <summary>The context-feature keys of a window's tokens, <see cref="FeatureExtractor.MaxContextFeatures"/> a token.</summary>
    public Span<ulong> ContextKeys(int tokens) => Grow(ref _contextKeys, tokens * FeatureExtractor.MaxContextFeatures).AsSpan(0, tokens * FeatureExtractor.MaxContextFeatures);

    public Span<float> Scores(int tokens) => Grow(ref _scores, tokens * EntityLabels.Count).AsSpan(0, tokens * EntityLabels.Count);

    public Span<int> Labels(int tokens) => Grow(ref _labels, tokens).AsSpan(0, tokens);

    public Span<int> BackPointers(int tokens) => Grow(ref _backPointers, tokens * EntityLabels.Count).AsSpan(0, tokens * EntityLabels.Count);

    /// <summary>Word-cache entries of a window's tokens.</summary>
    public Span<int> Entries(int tokens) => Grow(ref _entries, tokens).AsSpan(0, tokens);

    /// <summary>The word-cache keys of a window's tokens.</summary>
    public Span<ulong> WordKeys(int tokens) => Grow(ref _wordKeys, tokens).AsSpan(0, tokens);

    /// <summary>A window's stage-two scores when the document's are not kept.</summary>
    public Span<float> SecondScores(int tokens) => Grow(ref _secondScores, tokens * EntityLabels.Count).AsSpan(0, tokens * EntityLabels.Count);

    /// <summary>This thread's word cache, bound to <paramref name="scorer"/>; created on first use.</summary>
    public WordCache Words(TwoStageScorer scorer)
    {
        _words ??= new WordCache();
        _words.Bind(scorer);
        return _words;
    }

    /// <summary>
    /// The tagging windows of a document: each sentence, cut into pieces of at most <paramref name="maxTokens"/>
    /// tokens. A run-away "sentence" (a list, a table, text without punctuation) is tagged in windows, which bounds
    /// the scratch memory; a name cut by a window edge is the price of input that has no sentences.
    /// </summary>
    public ReadOnlySpan<(int First, int Count)> Windows(ReadOnlySpan<Sentence> sentences, int maxTokens)
    {
        _windows.Clear();
        foreach (var sentence in sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += maxTokens)
            {
                _windows.Add((first, Math.Min(maxTokens, sentence.EndToken - first)));
            }
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_windows);
    }

    /// <summary>The document hints' vote table.</summary>
    public HintVotes Votes { get; private set; } = new();

    /// <summary>Forward-backward buffers for confidences.</summary>
    public ChainMarginals Marginals { get; } = new();

    public Span<int> DocumentLabels(int tokens) => Grow(ref _documentLabels, tokens).AsSpan(0, tokens);

    public Span<byte> Hints(int tokens) => Grow(ref _hints, tokens).AsSpan(0, tokens);

    /// <summary>The token's characters lowercased by Turkish rules, in a buffer valid until the next call.</summary>
    public ReadOnlySpan<char> Lowered(ReadOnlySpan<char> text, Token token)
    {
        var buffer = Grow(ref _lower, token.Length);
        var length = TurkishCasing.ToLower(token.GetSpan(text), buffer);
        return buffer.AsSpan(0, length);
    }

    /// <summary>The token list that Analyze fills before it copies it into the document.</summary>
    public List<Token> Tokens { get; private set; } = new(1024);

    /// <summary>The sentence list that Analyze fills before it copies it into the document.</summary>
    public List<Sentence> Sentences { get; private set; } = new(64);

    /// <summary>The mention list that Analyze fills before it copies it into the document.</summary>
    public List<EntityMention> Mentions { get; private set; } = new(64);

    /// <summary>
    /// Drops the per-document buffers that a huge document grew past <see cref="MaxKeptTokens"/> tokens, so that a
    /// thread does not keep hundreds of megabytes alive after one such document; ordinary ones stay for reuse.
    /// </summary>
    public void ReleaseDocumentBuffers()
    {
        Shrink(ref _documentLowers);
        Shrink(ref _documentCaps);
        Shrink(ref _documentLabels);
        Shrink(ref _hints);
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

    /// <summary>The most tokens whose per-document buffers and lists a scratch keeps between documents.</summary>
    private const int MaxKeptTokens = 1 << 20;

    private static void Shrink<T>(ref T[] array)
    {
        if (array.Length > MaxKeptTokens)
        {
            array = new T[256];
        }
    }

    private static T[] Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array;
    }
}
