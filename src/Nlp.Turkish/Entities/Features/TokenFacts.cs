namespace Nlp.Turkish.Entities;

/// <summary>
/// What the feature extractor knows about one token before it combines tokens into features. Independent of the
/// tagging stage, so a document's facts are computed once and serve both stages.
/// </summary>
internal struct TokenFacts
{
    public AffixHashes Prefixes;
    public AffixHashes Suffixes;
    public byte AffixCount;
    public short Length;
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong Ending;
    public ulong Phrase;
    public LexiconFlags Flags;

    /// <summary>The flags of the word without a case ending written without an apostrophe, if it has such an ending.</summary>
    public LexiconFlags SuffixedFlags;

    /// <summary>The word's cluster, if it is frequent enough to have one.</summary>
    public WordCluster Cluster;

    /// <summary>The word's cluster in the second clustering, if the model has one and the word is in it.</summary>
    public WordCluster SecondCluster;

    public TokenKind Kind;
    public StemState StemState;
    public byte Caps;

    /// <summary>Whether a lexicon phrase starts with this word.</summary>
    public bool StartsPhrase;

    /// <summary>
    /// The length of a case ending written without an apostrophe that a place's or an organization's base form drops
    /// from this word (2 for <c>Türkiyede</c>, 3 for <c>Kulübünün</c>), or 0: the ending of <see cref="SuffixedFlags"/>
    /// when it has two letters or more and those flags make the stem a place or a name's head, and the word as written
    /// is no such entry. Set for capitalized words only.
    /// </summary>
    public byte BaseCut;

    /// <summary>The virtual token before a sentence's first token.</summary>
    public static readonly TokenFacts Before = Boundary(-1);

    /// <summary>The virtual token two before a sentence's first token.</summary>
    public static readonly TokenFacts TwoBefore = Boundary(-2);

    /// <summary>The virtual token after a sentence's last token.</summary>
    public static readonly TokenFacts After = Boundary(1);

    /// <summary>The virtual token two after a sentence's last token.</summary>
    public static readonly TokenFacts TwoAfter = Boundary(2);

    private static TokenFacts Boundary(int offset)
    {
        var value = FeatureHash.Finish(0xB0DA_0000UL + (ulong)(offset + 8));
        return new TokenFacts { Word = value, Lower = value, Shape = value, Kind = TokenKind.Punctuation, Caps = 0 };
    }
}
