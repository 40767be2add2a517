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
        : this(text, tokens, sentences, entities, null)
    {
    }

    /// <summary>A document whose referents may use the full names of short forms that a model knows.</summary>
    internal Document(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> entities, IReadOnlyDictionary<string, string>? aliases)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        _aliases = aliases;
    }

    private readonly IReadOnlyDictionary<string, string>? _aliases;
    private IReadOnlyList<Referent>? _referents;

    /// <summary>The analyzed text.</summary>
    public string Text { get; }

    /// <summary>The tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences in text order; together they hold every token once.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The entity mentions in text order; empty when the document was only tokenized.</summary>
    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>
    /// The people, places and organizations the document talks about: its <see cref="Entities"/> grouped by referent
    /// (<c>Kasım Cömert Tokayev</c> with the later <c>Tokayev</c>s, <c>AA</c> with <c>Anadolu Ajansı</c>), ordered by
    /// first mention. Worked out on first use, in time linear in the number of mentions; mentions of different types
    /// are never grouped.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Referent> Referents =>
        _referents ?? Interlocked.CompareExchange(ref _referents, Nlp.Turkish.Referents.ReferentBuilder.Build(Entities, _aliases ?? EmptyAliases), null) ?? _referents!;

    private static readonly Dictionary<string, string> EmptyAliases = [];

    /// <summary>
    /// Each token's IOB2 tag (<c>B-PERSON</c>, <c>I-PERSON</c>, <c>O</c>, ...), in token order: the mentions as a tag
    /// sequence, the way CoNLL files write them. Worked out on first use.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Tags =>
        _tags ?? Interlocked.CompareExchange(ref _tags, BuildTags(), null) ?? _tags!;

    private IReadOnlyList<string>? _tags;

    /// <summary>The index in <see cref="Sentences"/> of the sentence that holds a token. O(log n).</summary>
    /// <param name="tokenIndex">The index of a token in <see cref="Tokens"/>.</param>
    /// <returns>The sentence's index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenIndex"/> is not a token of this document.</exception>
    public int SentenceIndexOf(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, Tokens.Count);
        int low = 0, high = Sentences.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (Sentences[middle].FirstToken <= tokenIndex)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The sentence that holds a mention (a mention never crosses sentences). O(log n).</summary>
    /// <param name="mention">A mention of this document.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The mention's tokens are not tokens of this document.</exception>
    public Sentence SentenceOf(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Sentences[SentenceIndexOf(mention.FirstToken)];
    }

    /// <summary>The tokens of a mention: a view of <see cref="Tokens"/>, no copy when the tokens are an array.</summary>
    /// <param name="mention">A mention of this document.</param>
    /// <returns>The mention's tokens in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The mention's tokens are not tokens of this document.</exception>
    public IReadOnlyList<Token> TokensOf(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Slice(Tokens, mention.FirstToken, mention.TokenCount);
    }

    /// <summary>The mentions inside a sentence, in text order: a view of <see cref="Entities"/>. O(log n).</summary>
    /// <param name="sentence">A sentence of this document.</param>
    /// <returns>The mentions whose tokens lie in the sentence.</returns>
    public IReadOnlyList<EntityMention> EntitiesIn(Sentence sentence)
    {
        var first = FirstMentionAtOrAfter(sentence.FirstToken);
        var end = FirstMentionAtOrAfter(sentence.EndToken);
        return Slice(Entities, first, end - first);
    }

    /// <summary>The index of the first mention whose first token is at or after <paramref name="token"/>.</summary>
    private int FirstMentionAtOrAfter(int token)
    {
        int low = 0, high = Entities.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Entities[middle].FirstToken < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, items.Count);
        return items is T[] array ? new ArraySegment<T>(array, start, count) : items.Skip(start).Take(count).ToArray();
    }

    private string[] BuildTags()
    {
        var tags = new string[Tokens.Count];
        Array.Fill(tags, "O");
        foreach (var mention in Entities)
        {
            for (var t = 0; t < mention.TokenCount && mention.FirstToken + t < tags.Length; t++)
            {
                tags[mention.FirstToken + t] = TagNames[(2 * (int)mention.Type) + (t == 0 ? 0 : 1)];
            }
        }

        return tags;
    }

    private static readonly string[] TagNames = Enum.GetValues<EntityType>()
        .SelectMany(type => new[] { "B-" + Nlp.Turkish.Entities.EntityLabels.TypeName(type), "I-" + Nlp.Turkish.Entities.EntityLabels.TypeName(type) }).ToArray();

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
