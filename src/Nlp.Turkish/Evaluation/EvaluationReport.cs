namespace Nlp.Turkish.Evaluation;

/// <summary>
/// The entity-level evaluation of predicted against gold tags with conlleval semantics: an entity counts as correct
/// only when its span and type both match exactly.
/// </summary>
public sealed class EvaluationReport
{
    private readonly EntityScores[] _byType;

    internal EvaluationReport(EntityScores[] byType, int documents, int sentences, int tokens)
    {
        _byType = byType;
        Documents = documents;
        Sentences = sentences;
        Tokens = tokens;
        var total = default(EntityScores);
        foreach (var scores in byType)
        {
            total += scores;
        }

        Overall = total;
    }

    /// <summary>The micro-averaged scores over all types.</summary>
    public EntityScores Overall { get; }

    /// <summary>The number of documents evaluated (for CoNLL input, the groups of sentences tagged together).</summary>
    public int Documents { get; }

    /// <summary>The number of sentences evaluated (0 for raw-text evaluation, which does not count them).</summary>
    public int Sentences { get; }

    /// <summary>The number of tokens evaluated (0 for raw-text evaluation, whose tokens are the tagger's own).</summary>
    public int Tokens { get; }

    /// <summary>The scores of one entity type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its counts and scores.</returns>
    public EntityScores For(EntityType type) => _byType[(int)type];
}
