using System.Runtime.InteropServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// What the model knows from name lists and the Turkish lexicon: flags for single lowercased words and for
/// multi-word phrases (<c>güney afrika</c>, <c>birleşik arap emirlikleri</c>), looked up by hash. Built at training
/// time from the gazetteers, CLDR and hunspell-tr, stored in the model file as word lists, immutable afterwards.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>The longest phrase, in tokens, that the phrase table holds.</summary>
    public const int MaxPhraseTokens = 4;

    private readonly Dictionary<ulong, LexiconFlags> _words;
    private readonly Dictionary<ulong, LexiconFlags> _phrases;

    public Lexicon(IReadOnlyDictionary<string, LexiconFlags> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        _words = new Dictionary<ulong, LexiconFlags>(entries.Count);
        _phrases = [];
        Span<ulong> parts = stackalloc ulong[MaxPhraseTokens];
        foreach (var (entry, flags) in entries)
        {
            var count = 0;
            foreach (var range in entry.AsSpan().Split(' '))
            {
                if (count == MaxPhraseTokens)
                {
                    count++;
                    break;
                }

                parts[count++] = FeatureHash.OfLower(entry.AsSpan()[range]);
            }

            if (count == 1)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, parts[0], out _);
                slot |= flags;
            }
            else if (count <= MaxPhraseTokens)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_phrases, PhraseKey(parts[..count]), out _);
                slot |= flags;
            }
        }
    }

    /// <summary>An empty lexicon, for models trained without external knowledge.</summary>
    public static Lexicon Empty { get; } = new(new Dictionary<string, LexiconFlags>());

    /// <summary>The entries as built: lowercased word or space-separated phrase → flags. Written to the model file.</summary>
    public IReadOnlyDictionary<string, LexiconFlags> Entries { get; }

    public bool HasPhrases => _phrases.Count > 0;

    /// <summary>The flags of a word, by the hash of its lowercased form (<see cref="FeatureHash.OfLower"/>).</summary>
    public LexiconFlags Word(ulong lowerHash) => _words.GetValueOrDefault(lowerHash);

    /// <summary>The flags of a phrase of 2 to <see cref="MaxPhraseTokens"/> tokens, by their lowercase hashes.</summary>
    public LexiconFlags Phrase(ReadOnlySpan<ulong> lowerHashes) => _phrases.GetValueOrDefault(PhraseKey(lowerHashes));

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
