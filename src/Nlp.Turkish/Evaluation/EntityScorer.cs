using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Scores IOB2 tag sequences at the entity level the way conlleval does: a chunk starts at <c>B-X</c>, or at
/// <c>I-X</c> after a tag of another type or <c>O</c>, and continues over <c>I-X</c>; gold and predicted chunks must
/// match in start, end and type.
/// </summary>
internal sealed class EntityScorer
{
    private readonly int[] _tp = new int[EntityLabels.TypeCount];
    private readonly int[] _fp = new int[EntityLabels.TypeCount];
    private readonly int[] _fn = new int[EntityLabels.TypeCount];
    private int _sentences;
    private int _tokens;

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted tag sequences differ in length.", nameof(predicted));
        }

        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        foreach (var chunk in predictedChunks)
        {
            if (goldChunks.Contains(chunk))
            {
                _tp[(int)chunk.Type]++;
            }
            else
            {
                _fp[(int)chunk.Type]++;
            }
        }

        foreach (var chunk in goldChunks)
        {
            if (!predictedChunks.Contains(chunk))
            {
                _fn[(int)chunk.Type]++;
            }
        }

        _sentences++;
        _tokens += gold.Count;
    }

    /// <summary>The counts and scores so far; <paramref name="documents"/> is how many documents the sentences formed.</summary>
    public EvaluationReport Report(int documents = 0)
    {
        var byType = new EntityScores[EntityLabels.TypeCount];
        for (var t = 0; t < byType.Length; t++)
        {
            byType[t] = new EntityScores(_tp[t], _fp[t], _fn[t]);
        }

        return new EvaluationReport(byType, documents, _sentences, _tokens);
    }

    internal static HashSet<(int Start, int End, EntityType Type)> Chunks(IReadOnlyList<string> tags)
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
}
