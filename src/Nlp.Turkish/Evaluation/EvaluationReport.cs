namespace Nlp.Turkish.Evaluation;

/// <summary>
/// The entity-level evaluation of predicted against gold tags with conlleval semantics: an entity counts as correct
/// only when its span and type both match exactly.
/// </summary>
public sealed class EvaluationReport
{
    private readonly EntityScores[] _byType;

    internal EvaluationReport(EntityScores[] byType, int sentences, int tokens)
    {
        _byType = byType;
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

    /// <summary>The number of sentences evaluated.</summary>
    public int Sentences { get; }

    /// <summary>The number of tokens evaluated.</summary>
    public int Tokens { get; }

    /// <summary>The scores of one entity type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its counts and scores.</returns>
    public EntityScores For(EntityType type) => _byType[(int)type];
}
