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
            var label = labels[i];
            tags[i] = label == EntityLabels.Outside
                ? "O"
                : (EntityLabels.PositionOf(label) is EntityLabels.Position.Begin or EntityLabels.Position.Unit ? "B-" : "I-")
                    + EntityLabels.TypeName(EntityLabels.TypeOf(label));
        }

        return tags;
    }
}
