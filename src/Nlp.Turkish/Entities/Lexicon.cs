namespace Nlp.Turkish.Entities;

/// <summary>
/// What the model knows from name lists and the Turkish lexicon: flags for single lowercased words and for
/// multi-word phrases (<c>güney afrika</c>, <c>birleşik arap emirlikleri</c>), looked up by hash. Built at training
/// time from the gazetteers, CLDR and hunspell-tr; stored in the model file as one text of entries, one a line, in
/// ordinal order, with a flags block beside it; immutable afterwards. Only the hash tables live on the tagging path.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>The longest phrase, in tokens, that the phrase table holds.</summary>
    public const int MaxPhraseTokens = 4;

    private readonly FlagTable _words;
    private readonly FlagTable _phrases;
    private readonly FlagTable _phraseStarts;

    /// <summary>Builds a lexicon from entries: lowercased word or space-separated phrase → flags.</summary>
    public Lexicon(IReadOnlyDictionary<string, LexiconFlags> entries)
        : this(Pack(entries, out var flags), flags, keepStoredForm: true)
    {
    }

    /// <summary>Builds a lexicon from its stored form: entries joined by line breaks, and one flags value per entry.</summary>
    public Lexicon(string text, ushort[] flags)
        : this(text, flags, keepStoredForm: false)
    {
    }

    private Lexicon(string text, ushort[] flags, bool keepStoredForm)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(flags);
        Count = flags.Length;
        StoredForm = keepStoredForm ? (text, flags) : null;
        _words = new FlagTable(flags.Length);
        var phrases = new List<(ulong First, ulong Key, LexiconFlags Flags)>();
        Span<ulong> parts = stackalloc ulong[MaxPhraseTokens + 1];
        var entry = 0;
        foreach (var line in text.Length == 0 ? default : text.AsSpan().EnumerateLines())
        {
            if (entry == flags.Length)
            {
                throw new InvalidDataException("The lexicon has more entries than flags.");
            }

            var count = 0;
            foreach (var range in line.Split(' '))
            {
                if (count > MaxPhraseTokens)
                {
                    break;
                }

                parts[count++] = FeatureHash.OfLower(line[range]);
            }

            var entryFlags = (LexiconFlags)flags[entry++];
            if (count == 1)
            {
                _words.Add(parts[0], entryFlags);
            }
            else if (count <= MaxPhraseTokens)
            {
                phrases.Add((parts[0], PhraseKey(parts[..count]), entryFlags));
            }
        }

        if (entry != flags.Length)
        {
            throw new InvalidDataException($"The lexicon has {entry} entries and {flags.Length} flags.");
        }

        _phrases = new FlagTable(phrases.Count);
        _phraseStarts = new FlagTable(phrases.Count);
        foreach (var (firstWord, key, phraseFlags) in phrases)
        {
            _phrases.Add(key, phraseFlags);
            _phraseStarts.Add(firstWord, phraseFlags);
        }
    }

    /// <summary>
    /// The stored form of a lexicon built from entries (the entries one a line in ordinal order, and their flags), for
    /// writing a new model; null for a lexicon read from a model file, which keeps only its hash tables.
    /// </summary>
    public (string Text, ushort[] Flags)? StoredForm { get; }

    public int Count { get; }

    public bool HasPhrases => _phrases.Count > 0;

    /// <summary>The flags of a word, by the hash of its lowercased form (<see cref="FeatureHash.OfLower"/>).</summary>
    public LexiconFlags Word(ulong lowerHash) => _words.Find(lowerHash);

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

    private static string Pack(IReadOnlyDictionary<string, LexiconFlags> entries, out ushort[] flags)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.Where(e => e.Key.Length > 0 && !e.Key.Contains('\n', StringComparison.Ordinal) && !e.Key.Contains('\r', StringComparison.Ordinal))
            .OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        flags = ordered.Select(e => (ushort)e.Value).ToArray();
        return string.Join('\n', ordered.Select(e => e.Key));
    }
}
