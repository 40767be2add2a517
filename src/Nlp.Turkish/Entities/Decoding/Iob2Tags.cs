namespace Nlp.Turkish.Entities;

/// <summary>
/// IOB2 tags, as CoNLL files write them, against the model's BILOU labels: the conversions both ways, and conlleval's
/// reading of a tag sequence into entities. Training, evaluation and tagging CoNLL all go through here.
/// </summary>
internal static class Iob2Tags
{
    private static readonly string[] Tags = MakeTags();

    /// <summary>The IOB2 tag of a BILOU label: B- for a begin or unit, I- for an inside or last, O for outside.</summary>
    public static string Of(int label) => Tags[label];

    /// <summary>The IOB2 tags of BILOU labels.</summary>
    public static string[] FromLabels(ReadOnlySpan<int> labels)
    {
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            tags[i] = Of(labels[i]);
        }

        return tags;
    }

    /// <summary>The BILOU labels of IOB2 tags, entities read as conlleval reads them (<see cref="Chunks"/>).</summary>
    public static int[] ToLabels(IReadOnlyList<string> tags)
    {
        var labels = new int[tags.Count];
        foreach (var (start, end, type) in Chunks(tags))
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

    /// <summary>
    /// The entities of a tag sequence as conlleval reads them: an entity starts at <c>B-X</c>, or at <c>I-X</c> after a
    /// tag of another type or <c>O</c>, and continues over <c>I-X</c>; BIOES/BILOU prefixes are read too. Token ranges,
    /// end exclusive.
    /// </summary>
    public static HashSet<(int Start, int End, EntityType Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<(int, int, EntityType)>();
        var start = -1;
        var type = default(EntityType);
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var tagType = default(EntityType);
            var hasType = prefix is 'B' or 'I' or 'E' or 'S' or 'L' or 'U' && EntityLabels.TryParseType(tag.AsSpan(2), out tagType);
            var continues = hasType && prefix is 'I' or 'E' or 'L' && start >= 0 && tagType == type;
            if (start >= 0 && !continues)
            {
                chunks.Add((start, i, type));
                start = -1;
            }

            if (hasType && start < 0)
            {
                start = i;
                type = tagType;
            }

            if (hasType && prefix is 'E' or 'L' or 'S' or 'U')
            {
                chunks.Add((start, i + 1, type));
                start = -1;
            }
        }

        return chunks;
    }

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
