namespace Nlp.Turkish.Entities;

/// <summary>
/// The valid BILOU sequences, as weights: a transition, start or end that <see cref="EntityLabels"/> does not allow
/// gets <see cref="Forbidden"/>, so that no decoder, trained or loaded, can choose it. The one place these rules
/// become numbers, for the perceptron while it trains and for a loaded model's transitions alike.
/// </summary>
internal static class BilouConstraints
{
    /// <summary>The weight that rules a step out; finite so that sums never turn into NaN.</summary>
    public const float Forbidden = -1e9f;

    /// <summary>Whether a weight rules its step out.</summary>
    public static bool IsForbidden(float weight) => weight <= Forbidden;

    /// <summary>
    /// Sets the forbidden entries of label-to-label <paramref name="transitions"/> (13 × 13, from × to) and of the
    /// <paramref name="start"/> and <paramref name="end"/> weights (13 each) to <see cref="Forbidden"/>.
    /// </summary>
    public static void Apply(Span<float> transitions, Span<float> start, Span<float> end)
    {
        for (var previous = 0; previous < EntityLabels.Count; previous++)
        {
            for (var next = 0; next < EntityLabels.Count; next++)
            {
                if (!EntityLabels.CanFollow(previous, next))
                {
                    transitions[(previous * EntityLabels.Count) + next] = Forbidden;
                }
            }
        }

        for (var label = 0; label < EntityLabels.Count; label++)
        {
            if (!EntityLabels.CanStart(label))
            {
                start[label] = Forbidden;
            }

            if (!EntityLabels.CanEnd(label))
            {
                end[label] = Forbidden;
            }
        }
    }
}
