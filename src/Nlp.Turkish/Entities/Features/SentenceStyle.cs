namespace Nlp.Turkish.Entities;

/// <summary>
/// How a sentence is capitalized as a whole, which changes what a capital letter says about a word. The values are
/// part of the model file's contract (the <see cref="FeatureTemplate.CapsInStyle"/> feature).
/// </summary>
internal enum SentenceStyle
{
    /// <summary>Running text.</summary>
    Normal = 0,

    /// <summary>A headline: at least three words longer than three letters, three quarters of them capitalized.</summary>
    Headline = 1,

    /// <summary>All caps: at least two words longer than three letters, all uppercase.</summary>
    AllCaps = 2,
}
