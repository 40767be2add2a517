namespace Nlp.Turkish.Entities;

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
    public byte BaseCut;

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
        BaseCut = f.BaseCut;
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
        f.BaseCut = BaseCut;
        f.Phrase = 0;
    }
}
