namespace Nlp.Turkish.Entities;

/// <summary>
/// What the model knows from name lists, the Turkish lexicon and unlabeled news: flags for single lowercased words and
/// for multi-word phrases (<c>güney afrika</c>, <c>birleşik arap emirlikleri</c>), and each frequent word's cluster
/// (<see cref="WordCluster"/>), looked up by hash; and the full names of well-known short forms (<c>AA</c> →
/// <c>Anadolu Ajansı</c>) for grouping mentions into referents. Built at training time; a model file stores its four
/// hash tables as they are, so loading hashes nothing. Immutable afterwards.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>The longest phrase, in tokens, that the phrase table holds.</summary>
    public const int MaxPhraseTokens = 4;

    private readonly FlagTable _words;
    private readonly FlagTable _phrases;
    private readonly FlagTable _phraseStarts;
    private readonly FlagTable _clusters;

    /// <summary>
    /// Builds a lexicon from entries (lowercased word or space-separated phrase → flags), word clusters (lowercased
    /// word → <see cref="WordCluster"/> path), aliases (short form as written → full name) and a second clustering's
    /// word clusters.
    /// </summary>
    public Lexicon(IReadOnlyDictionary<string, LexiconFlags> entries, IReadOnlyDictionary<string, ushort>? clusters = null, IReadOnlyDictionary<string, string>? aliases = null,
        IReadOnlyDictionary<string, ushort>? secondClusters = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Aliases = aliases?.ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        clusters ??= new Dictionary<string, ushort>();
        secondClusters ??= new Dictionary<string, ushort>();
        _clusters = new FlagTable(clusters.Count + secondClusters.Count);
        AddClusters(_clusters, clusters, key => key);
        AddClusters(_clusters, secondClusters, SecondKey);

        var words = new List<(ulong Key, LexiconFlags Flags)>(entries.Count);
        var phrases = new List<(ulong First, ulong Key, LexiconFlags Flags)>();
        Span<ulong> parts = stackalloc ulong[MaxPhraseTokens + 1];

        // Ordinal order, so that the tables (and the model file) do not depend on the dictionary's order.
        foreach (var (entry, flags) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.Length == 0)
            {
                continue;
            }

            var count = 0;
            foreach (var range in entry.AsSpan().Split(' '))
            {
                if (count > MaxPhraseTokens)
                {
                    break;
                }

                parts[count++] = FeatureHash.OfLower(entry.AsSpan()[range]);
            }

            if (count == 1)
            {
                words.Add((parts[0], flags));
            }
            else if (count <= MaxPhraseTokens)
            {
                phrases.Add((parts[0], PhraseKey(parts[..count]), flags));
            }
        }

        _words = new FlagTable(words.Count);
        foreach (var (key, flags) in words)
        {
            _words.Add(key, flags);
        }

        _phrases = new FlagTable(phrases.Count);
        _phraseStarts = new FlagTable(phrases.Count);
        foreach (var (firstWord, key, flags) in phrases)
        {
            _phrases.Add(key, flags);
            _phraseStarts.Add(firstWord, flags);
        }
    }

    /// <summary>A lexicon from the tables a model file stores.</summary>
    public Lexicon(FlagTable words, FlagTable phrases, FlagTable phraseStarts, FlagTable clusters, IReadOnlyDictionary<string, string> aliases)
    {
        Aliases = aliases;
        _words = words;
        _phrases = phrases;
        _phraseStarts = phraseStarts;
        _clusters = clusters;
    }

    /// <summary>The full names of well-known short forms, by the short form as written (<c>TBMM</c>).</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>The cluster table (lowercase hash → stored <see cref="WordCluster"/> path).</summary>
    public FlagTable Clusters => _clusters;

    /// <summary>The cluster of a word by the hash of its lowercased form (<see cref="WordCluster.None"/> for none).</summary>
    public WordCluster Cluster(ulong lowerHash) => new(_clusters.Value(lowerHash));

    /// <summary>
    /// The cluster of a word in the second clustering
    /// (<see cref="Nlp.Turkish.Training.EntityTrainingOptions.SecondWordVectors"/>) by the hash of its lowercased form
    /// (<see cref="WordCluster.None"/> for none). It shares the cluster table under a salted key.
    /// </summary>
    public WordCluster SecondCluster(ulong lowerHash) => new(_clusters.Value(SecondKey(lowerHash)));

    /// <summary>Adds a clustering's words to the cluster table in word order, each under the key its lowercase hash gives.</summary>
    private static void AddClusters(FlagTable table, IReadOnlyDictionary<string, ushort> clusters, Func<ulong, ulong> keyOf)
    {
        foreach (var (word, path) in clusters.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            table.AddBits(keyOf(FeatureHash.OfLower(word)), WordCluster.StoredForm(path));
        }
    }

    /// <summary>The cluster table's key for a word's second cluster: its lowercase hash, salted and mixed again.</summary>
    private static ulong SecondKey(ulong lowerHash) => FeatureHash.Finish(lowerHash ^ 0x5EC0_0D0C_1A55_0002UL);

    /// <summary>The word table (lowercase hash → flags).</summary>
    public FlagTable Words => _words;

    /// <summary>The phrase table (combined lowercase hashes of 2 to <see cref="MaxPhraseTokens"/> words → flags).</summary>
    public FlagTable Phrases => _phrases;

    /// <summary>The first words of the phrases (lowercase hash → the flags of the phrases it starts).</summary>
    public FlagTable PhraseStarts => _phraseStarts;

    /// <summary>The number of distinct words and phrases.</summary>
    public int Count => _words.Count + _phrases.Count;

    /// <summary>The number of word clusters held, of both clusterings (a word in both counts twice).</summary>
    public int ClusterCount => _clusters.Count;

    public bool HasPhrases => _phrases.Count > 0;

    /// <summary>The flags of a word, by the hash of its lowercased form (<see cref="FeatureHash.OfLower"/>).</summary>
    public LexiconFlags Word(ulong lowerHash) => _words.Find(lowerHash);

    /// <summary>Asks the processor to start fetching where the lookup of a word begins.</summary>
    public void PrefetchWord(ulong lowerHash) => _words.Prefetch(lowerHash);

    /// <summary>
    /// Whether a phrase with flags starts with the word of this lowercase hash: a small table that spares the phrase
    /// lookups at the other words.
    /// </summary>
    public bool StartsPhrase(ulong lowerHash) => _phraseStarts.Find(lowerHash) != LexiconFlags.None;

    /// <summary>The flags of a phrase of 2 to <see cref="MaxPhraseTokens"/> tokens, by their lowercase hashes.</summary>
    public LexiconFlags Phrase(ReadOnlySpan<ulong> lowerHashes) => _phrases.Find(PhraseKey(lowerHashes));

    private static ulong PhraseKey(ReadOnlySpan<ulong> parts)
    {
        var key = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            key = FeatureHash.Combine(key, parts[i]);
        }

        return key;
    }
}
