namespace Nlp.Turkish.Entities;

/// <summary>
/// Picks a window's final labels from its marginals instead of its single best path (posterior decoding): the valid
/// BILOU sequence with the largest sum of each token's log marginal (<see cref="ChainMarginals.LogMarginals"/>), where a
/// token inside an entity counts <see cref="EntityBonus"/> more. A name whose tokens are likely enough to be inside an
/// entity is found even when the best path leaves it out; the bonus trades a little precision for recall, which trails
/// precision on modern news (the model card gives the measurements).
/// </summary>
internal static class PosteriorDecoder
{
    /// <summary>
    /// The log-probability a token gains by being inside an entity: a label of an entity beats <c>O</c> when its
    /// marginal is above <c>e^-0.7 ≈ 0.5</c> times that of <c>O</c> (chosen on dev: Milliyet dev, modern-news-dev,
    /// turkish-wiki-ner dev).
    /// </summary>
    public const float EntityBonus = 0.7f;

    /// <summary><see cref="EntityBonus"/> as a factor on probabilities: <c>e^0.7</c>.</summary>
    private static readonly float EntityFactor = MathF.Exp(EntityBonus);

    // Transitions that only keep the sequence valid: 0 for a BILOU step, forbidden otherwise.
    private static readonly (float[] Transitions, float[] Start, float[] End) Constraints = ValidSteps();

    /// <summary>
    /// Decodes the window of <paramref name="n"/> tokens whose forward-backward <paramref name="marginals"/> holds
    /// (<see cref="ChainMarginals.Compute(ChainTransitions, ReadOnlySpan{float}, int)"/> ran on it) into
    /// <paramref name="labels"/>, with <paramref name="posterior"/> (<c>n × 13</c>) and <paramref name="back"/> as buffers.
    /// </summary>
    public static void Decode(ChainMarginals marginals, int n, Span<float> posterior, Span<int> labels, Span<int> back)
    {
        // Most windows: each token's own best label already makes a valid sequence, which is then the best one.
        if (marginals.TryTokenBest(n, EntityFactor, labels))
        {
            return;
        }

        marginals.LogMarginals(n, posterior);
        for (var i = 0; i < n; i++)
        {
            var row = posterior.Slice(i * EntityLabels.Count, EntityLabels.Count);
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                row[y] += y == EntityLabels.Outside ? 0f : EntityBonus;
            }
        }

        ViterbiDecoder.Decode(posterior, n, Constraints.Transitions, Constraints.Start, Constraints.End, labels, back);
    }

    private static (float[] Transitions, float[] Start, float[] End) ValidSteps()
    {
        var steps = (new float[EntityLabels.Count * EntityLabels.Count], new float[EntityLabels.Count], new float[EntityLabels.Count]);
        BilouConstraints.Apply(steps.Item1, steps.Item2, steps.Item3);
        return steps;
    }
}
