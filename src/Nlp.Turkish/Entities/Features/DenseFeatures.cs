namespace Nlp.Turkish.Entities;

/// <summary>
/// The dense context features: five templates whose values are small enumerations (casing classes, the sentence
/// style, the stem state), numbered 0 to <see cref="Count"/> - 1. The tagger resolves such an index to a weight row
/// through a table built once per model (<see cref="EmissionTable"/>), without hashing or probing; training and the
/// model file see the same features as hashed keys (<see cref="Key"/>), so the index layout is not part of the file.
/// </summary>
internal static class DenseFeatures
{
    /// <summary>Casing classes fit in 3 bits; the indexes leave room for all 8 values.</summary>
    public const int CapsValues = 8;

    /// <summary>Stem states fit in 3 bits too.</summary>
    public const int StemStateValues = 8;

    /// <summary>The number of sentence styles.</summary>
    public const int Styles = 3;

    /// <summary>The place of each dense feature among a word's context features (<see cref="FeatureExtractor.ContextFeatures"/>).</summary>
    public const int CapsAtStartSlot = 0;

    /// <inheritdoc cref="CapsAtStartSlot"/>
    public const int CapsInStyleSlot = 1;

    /// <inheritdoc cref="CapsAtStartSlot"/>
    public const int CapsTrigramSlot = 5;

    /// <inheritdoc cref="CapsAtStartSlot"/>
    public const int NextSuffixCapsSlot = 9;

    /// <inheritdoc cref="CapsAtStartSlot"/>
    public const int StemStateSlot = 10;

    /// <summary>The places of the dense features among a word's context features, as bits (bit <c>k</c>: place <c>k</c>).</summary>
    public const int ContextPositions = (1 << CapsAtStartSlot) | (1 << CapsInStyleSlot) | (1 << CapsTrigramSlot) | (1 << NextSuffixCapsSlot) | (1 << StemStateSlot);

    private const int CapsAtStartBase = 0;
    private const int CapsInStyleBase = CapsAtStartBase + (CapsValues * 2);
    private const int CapsTrigramBase = CapsInStyleBase + (CapsValues * Styles);
    private const int NextSuffixCapsBase = CapsTrigramBase + (CapsValues * CapsValues * CapsValues);
    private const int StemStateBase = NextSuffixCapsBase + (2 * CapsValues);

    /// <summary>The number of dense feature indexes.</summary>
    public const int Count = StemStateBase + (StemStateValues * CapsValues);

    /// <summary>The casing class, and whether the word starts its sentence.</summary>
    public static int CapsAtStart(byte caps, bool atStart) => CapsAtStartBase + (caps * 2) + (atStart ? 1 : 0);

    /// <summary>The casing class in the sentence's style.</summary>
    public static int CapsInStyle(byte caps, SentenceStyle style) => CapsInStyleBase + (caps * Styles) + (int)style;

    /// <summary>The casing classes of the previous token, the word and the next token.</summary>
    public static int CapsTrigram(byte previous, byte caps, byte next) => CapsTrigramBase + (((previous * CapsValues) + caps) * CapsValues) + next;

    /// <summary>Whether an apostrophe suffix follows, with the word's casing class.</summary>
    public static int NextSuffixCaps(bool suffixFollows, byte caps) => NextSuffixCapsBase + ((suffixFollows ? 1 : 0) * CapsValues) + caps;

    /// <summary>The stem state, with the word's casing class.</summary>
    public static int StemStateCaps(StemState state, byte caps) => StemStateBase + ((int)state * CapsValues) + caps;

    /// <summary>
    /// The feature key of a dense index: its template and values decoded from the index, hashed as every feature is.
    /// The one definition of these features, for training and for the tagger's table alike.
    /// </summary>
    public static ulong Key(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (index < CapsInStyleBase)
        {
            var value = index - CapsAtStartBase;
            return FeatureHash.Feature((int)FeatureTemplate.CapsAtStart, (ulong)(value / 2), (ulong)(value % 2));
        }

        if (index < CapsTrigramBase)
        {
            var value = index - CapsInStyleBase;
            return FeatureHash.Feature((int)FeatureTemplate.CapsInStyle, (ulong)(value / Styles), (ulong)(value % Styles));
        }

        if (index < NextSuffixCapsBase)
        {
            var value = index - CapsTrigramBase;
            return FeatureHash.Feature((int)FeatureTemplate.CapsTrigram, (ulong)(value / (CapsValues * CapsValues)),
                (ulong)(value / CapsValues % CapsValues), (ulong)(value % CapsValues));
        }

        if (index < StemStateBase)
        {
            var value = index - NextSuffixCapsBase;
            return FeatureHash.Feature((int)FeatureTemplate.NextSuffixCaps, (ulong)(value / CapsValues), (ulong)(value % CapsValues));
        }

        var state = index - StemStateBase;
        return FeatureHash.Feature((int)FeatureTemplate.StemState, (ulong)(state / CapsValues), (ulong)(state % CapsValues));
    }
}
