namespace Nlp.Turkish.Entities;

/// <summary>
/// How a word relates to the lexicon's common words. The values are part of the model file's contract: they are hashed
/// into the <see cref="FeatureTemplate.StemState"/> feature (<c>docs/model-format.md</c>).
/// </summary>
internal enum StemState : byte
{
    /// <summary>Not a word token (a number, punctuation, a suffix...).</summary>
    NotWord = 0,

    /// <summary>No common word starts the lowercased word, or it is too long to search.</summary>
    None = 1,

    /// <summary>The lowercased word is a common word.</summary>
    Exact = 2,

    /// <summary>A common word starts the lowercased word, and an ending follows it (<c>ara</c> + <c>sında</c>).</summary>
    Partial = 3,

    /// <summary>Followed by an apostrophe suffix: a bare stem whose ending is not an inflection (<c>Akorda'da</c>).</summary>
    BeforeApostrophe = 4,
}
