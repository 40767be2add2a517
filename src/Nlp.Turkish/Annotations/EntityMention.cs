namespace Nlp.Turkish;

/// <summary>
/// One mention of a named entity in a text: its type, exact character range, surface text, base form and confidence.
/// </summary>
/// <param name="Type">The entity type.</param>
/// <param name="Start">The offset of the first character in the input text.</param>
/// <param name="Length">The number of characters; the apostrophe case suffix is never included
/// (<c>Tokayev</c> in <c>Tokayev'in</c>).</param>
/// <param name="Text">The surface text, exactly the input characters from <paramref name="Start"/>.</param>
/// <param name="BaseForm">The mention without its case suffix where the suffix is written without an apostrophe
/// (<c>Dışişleri Bakanlığı</c> for <c>Dışişleri Bakanlığının</c>, <c>Türkiye</c> for <c>Türkiyede</c>); otherwise equal to
/// <paramref name="Text"/>.</param>
/// <param name="Score">The model's calibrated confidence that this exact span has this type: a probability rounded to
/// four decimals, from 0.0001 to 0.9999.</param>
/// <param name="FirstToken">The index of the mention's first token in the document's tokens.</param>
/// <param name="TokenCount">The number of tokens.</param>
public sealed record EntityMention(
    EntityType Type,
    int Start,
    int Length,
    string Text,
    string BaseForm,
    double Score,
    int FirstToken,
    int TokenCount)
{
    /// <summary>The offset just past the mention's last character.</summary>
    public int End => Start + Length;
}
