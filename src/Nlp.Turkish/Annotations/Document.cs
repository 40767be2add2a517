namespace Nlp.Turkish;

/// <summary>
/// An analyzed text: the input, its sentences and tokens, and the entity mentions found in it.
/// Every offset refers to <see cref="Text"/>. Instances are immutable and safe to share between threads.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document from its parts.</summary>
    /// <param name="text">The analyzed text.</param>
    /// <param name="tokens">Its tokens in text order.</param>
    /// <param name="sentences">Its sentences in text order.</param>
    /// <param name="entities">Its entity mentions in text order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Document(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
    }

    /// <summary>The analyzed text.</summary>
    public string Text { get; }

    /// <summary>The tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences in text order; together they hold every token once.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The entity mentions in text order; empty when the document was only tokenized.</summary>
    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>The text of a token of this document.</summary>
    /// <param name="token">A token of this document.</param>
    /// <returns>The token's characters as a new string.</returns>
    public string GetText(Token token) => Text.Substring(token.Start, token.Length);

    /// <summary>The text of a sentence of this document.</summary>
    /// <param name="sentence">A sentence of this document.</param>
    /// <returns>The sentence's characters as a new string.</returns>
    public string GetText(Sentence sentence) => Text.Substring(sentence.Start, sentence.Length);

    /// <summary>The characters of a token of this document, without allocating.</summary>
    /// <param name="token">A token of this document.</param>
    /// <returns>A slice of <see cref="Text"/>.</returns>
    public ReadOnlySpan<char> GetSpan(Token token) => Text.AsSpan(token.Start, token.Length);
}
