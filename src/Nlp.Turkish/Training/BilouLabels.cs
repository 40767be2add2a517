using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>Conversions between IOB2 tag strings (CoNLL files) and BILOU label ids (the model).</summary>
internal static class BilouLabels
{
    public static int[] FromIob2(IReadOnlyList<string> tags)
    {
        var chunks = EntityScorer.Chunks(tags);
        var labels = new int[tags.Count];
        foreach (var (start, end, type) in chunks)
        {
            if (end - start == 1)
            {
                labels[start] = EntityLabels.Label(type, EntityLabels.Position.Unit);
                continue;
            }

            labels[start] = EntityLabels.Label(type, EntityLabels.Position.Begin);
            for (var i = start + 1; i < end - 1; i++)
            {
                labels[i] = EntityLabels.Label(type, EntityLabels.Position.Inside);
            }

            labels[end - 1] = EntityLabels.Label(type, EntityLabels.Position.Last);
        }

        return labels;
    }

    public static string[] ToIob2(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            tags[i] = Iob2(labels[i]);
        }

        return tags;
    }

    /// <summary>The IOB2 tag of a BILOU label: B- for a begin or unit, I- for an inside or last, O for outside.</summary>
    public static string Iob2(int label) => Tags[label];

    private static readonly string[] Tags = MakeTags();

    private static string[] MakeTags()
    {
        var tags = new string[EntityLabels.Count];
        for (var label = 0; label < tags.Length; label++)
        {
            tags[label] = label == EntityLabels.Outside
                ? "O"
                : (EntityLabels.PositionOf(label) is EntityLabels.Position.Begin or EntityLabels.Position.Unit ? "B-" : "I-")
                    + EntityLabels.TypeName(EntityLabels.TypeOf(label));
        }

        return tags;
    }
}
