namespace Nlp.Turkish.Evaluation;

/// <summary>
/// One evaluated document as text, with its gold and predicted entities as spans of that text: what a report needs to
/// show misses, extras, wrong types and wrong boundaries side by side.
/// </summary>
/// <param name="Text">The document's text. For CoNLL input, its tokens joined by spaces, a sentence a line.</param>
/// <param name="Gold">The gold entities, in text order.</param>
/// <param name="Predicted">The predicted entities, in text order.</param>
public sealed record EvaluatedText(string Text, IReadOnlyList<EntitySpan> Gold, IReadOnlyList<EntitySpan> Predicted);
