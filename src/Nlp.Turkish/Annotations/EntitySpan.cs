namespace Nlp.Turkish;

/// <summary>An entity annotated on a text: a character range and a type, as gold data gives it.</summary>
/// <param name="Start">The offset of the first character (UTF-16).</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Type">The entity type.</param>
public readonly record struct EntitySpan(int Start, int End, EntityType Type)
{
    /// <summary>The number of characters.</summary>
    public int Length => End - Start;
}
