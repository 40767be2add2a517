namespace Nlp.Turkish;

/// <summary>A tokenized sentence with an IOB2 tag per token: one sentence of CoNLL data, in memory.</summary>
/// <param name="Words">The tokens, none empty or holding white space.</param>
/// <param name="Tags">One tag per token: <c>O</c>, or <c>B-</c> / <c>I-</c> and <c>PERSON</c>, <c>LOCATION</c> or
/// <c>ORGANIZATION</c> (or <c>PER</c>, <c>LOC</c>, <c>ORG</c>).</param>
public sealed record TaggedSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);
