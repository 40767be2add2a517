namespace Nlp.Turkish.Entities;

/// <summary>
/// A token's place in a lexicon phrase it is part of. The values are part of the model file's contract (the low two bits
/// of the <see cref="FeatureTemplate.Phrase"/> feature's value).
/// </summary>
internal enum PhrasePosition : byte
{
    /// <summary>Not in a phrase.</summary>
    None = 0,

    /// <summary>The phrase's first token.</summary>
    First = 1,

    /// <summary>A token between the first and the last.</summary>
    Middle = 2,

    /// <summary>The phrase's last token.</summary>
    Last = 3,
}
