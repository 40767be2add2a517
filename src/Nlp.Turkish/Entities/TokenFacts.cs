namespace Nlp.Turkish.Entities;

/// <summary>How a word relates to the lexicon's common words.</summary>
internal enum StemState : byte
{
    NotWord,
    None,
    Exact,
    Partial,

    /// <summary>Followed by an apostrophe suffix: a bare stem whose ending is not an inflection (<c>Akorda'da</c>).</summary>
    BeforeApostrophe,
}

/// <summary>Five 64-bit hashes inline in a struct (the affixes of lengths 1 to 5).</summary>
[System.Runtime.CompilerServices.InlineArray(5)]
internal struct AffixHashes
{
    private ulong _first;
}

/// <summary>
/// The facts of a word that the tagging path reads after the word cache has summed its own and neighbour features:
/// a compact copy of part of <see cref="TokenFacts"/>.
/// </summary>
internal struct WordFacts
{
    public ulong Lower;
    public ulong Shape;
    public ulong Ending;
    public short Length;
    public TokenKind Kind;
    public StemState StemState;
    public byte Caps;
    public bool StartsPhrase;

    public WordFacts(in TokenFacts f)
    {
        Lower = f.Lower;
        Shape = f.Shape;
        Ending = f.Ending;
        Length = f.Length;
        Kind = f.Kind;
        StemState = f.StemState;
        Caps = f.Caps;
        StartsPhrase = f.StartsPhrase;
    }

    /// <summary>
    /// Writes these facts to <paramref name="f"/>, with no phrase; the fields the cached sums already cover (word,
    /// flags, affixes) are left as they are.
    /// </summary>
    public readonly void CopyTo(ref TokenFacts f)
    {
        f.Lower = Lower;
        f.Shape = Shape;
        f.Ending = Ending;
        f.Length = Length;
        f.Kind = Kind;
        f.StemState = StemState;
        f.Caps = Caps;
        f.StartsPhrase = StartsPhrase;
        f.Phrase = 0;
    }
}

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
    public TokenKind Kind;
    public StemState StemState;
    public byte Caps;

    /// <summary>Whether a lexicon phrase starts with this word.</summary>
    public bool StartsPhrase;

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
