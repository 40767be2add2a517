namespace Nlp.Turkish.Evaluation;

/// <summary>Entity-level counts and scores for one entity type, or for all types together (micro-average).</summary>
/// <param name="TruePositives">Predicted entities whose span and type match a gold entity exactly.</param>
/// <param name="FalsePositives">Predicted entities with no exact gold match.</param>
/// <param name="FalseNegatives">Gold entities with no exact predicted match.</param>
public readonly record struct EntityScores(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Precision in [0, 1]: true positives over predicted entities (0 when nothing was predicted).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall in [0, 1]: true positives over gold entities (0 when there are none).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall, in [0, 1].</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The number of gold entities.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>The number of predicted entities.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The summed counts.</returns>
    public static EntityScores operator +(EntityScores left, EntityScores right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The summed counts.</returns>
    public static EntityScores Add(EntityScores left, EntityScores right) => left + right;
}
