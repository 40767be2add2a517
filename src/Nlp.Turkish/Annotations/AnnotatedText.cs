namespace Nlp.Turkish;

/// <summary>A raw text with its gold entity spans: one document of span-annotated data.</summary>
/// <param name="Text">The text.</param>
/// <param name="Entities">Its entities in text order, not overlapping; offsets index <paramref name="Text"/>.</param>
/// <param name="Id">The document's identifier in its source, if it has one.</param>
public sealed record AnnotatedText(string Text, IReadOnlyList<EntitySpan> Entities, string? Id = null);
