namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Scores predicted entities against gold ones on raw text, at the entity level with conlleval's semantics on
/// character spans: a predicted entity is correct only when its start, end and type equal a gold entity's. An end that
/// falls inside a word (a case suffix written without an apostrophe: <c>[İstanbul Valiliği]nden</c>) counts as the end
/// of that word, on both sides, so that annotators who stop at the stem and taggers that take the whole word agree.
/// </summary>
/// <example>
/// <code>
/// var scorer = new SpanScorer();
/// foreach (var gold in corpus)
///     scorer.Add(gold.Text, gold.Entities, SpanScorer.SpansOf(recognizer.Analyze(gold.Text)));
/// var report = scorer.Report();
/// </code>
/// </example>
public sealed class SpanScorer
{
    private readonly int[] _tp = new int[3];
    private readonly int[] _fp = new int[3];
    private readonly int[] _fn = new int[3];
    private int _documents;

    /// <summary>Scores one text's predicted entities against its gold ones.</summary>
    /// <param name="text">The text both index.</param>
    /// <param name="gold">The gold entities.</param>
    /// <param name="predicted">The predicted entities.</param>
    /// <exception cref="ArgumentException">A span lies outside the text or is empty.</exception>
    public void Add(string text, IEnumerable<EntitySpan> gold, IEnumerable<EntitySpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = Normalized(text, gold, nameof(gold));
        var predictedSet = Normalized(text, predicted, nameof(predicted));
        foreach (var span in predictedSet)
        {
            (goldSet.Contains(span) ? _tp : _fp)[(int)span.Type]++;
        }

        foreach (var span in goldSet)
        {
            if (!predictedSet.Contains(span))
            {
                _fn[(int)span.Type]++;
            }
        }

        _documents++;
    }

    /// <summary>The counts and scores so far.</summary>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    public EvaluationReport Report()
    {
        var byType = new EntityScores[3];
        for (var t = 0; t < byType.Length; t++)
        {
            byType[t] = new EntityScores(_tp[t], _fp[t], _fn[t]);
        }

        return new EvaluationReport(byType, _documents, sentences: 0, tokens: 0);
    }

    /// <summary>The spans of an analyzed document's mentions.</summary>
    /// <param name="document">The document.</param>
    /// <returns>One span per mention, in text order.</returns>
    public static IReadOnlyList<EntitySpan> SpansOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new EntitySpan[document.Entities.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var mention = document.Entities[i];
            spans[i] = new EntitySpan(mention.Start, mention.End, mention.Type);
        }

        return spans;
    }

    /// <summary>
    /// The span as it is scored: its end moved to the end of the word when it falls between two letters or digits.
    /// </summary>
    /// <param name="text">The text the span indexes.</param>
    /// <param name="span">The span.</param>
    /// <returns>The span with its end at a word boundary.</returns>
    public static EntitySpan Normalize(string text, EntitySpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = span.End;
        if (end > 0 && char.IsLetterOrDigit(text[end - 1]))
        {
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
        }

        return span with { End = end };
    }

    private static HashSet<EntitySpan> Normalized(string text, IEnumerable<EntitySpan> spans, string name)
    {
        var set = new HashSet<EntitySpan>();
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.End > text.Length || span.Start >= span.End || (uint)span.Type > (uint)EntityType.Organization)
            {
                throw new ArgumentException($"The span [{span.Start}, {span.End}) {span.Type} does not lie inside the text of {text.Length} characters.", name);
            }

            set.Add(Normalize(text, span));
        }

        return set;
    }
}
