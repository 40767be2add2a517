using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Scores IOB2 tag sequences at the entity level the way conlleval does (<see cref="Iob2Tags.Chunks"/>): gold and
/// predicted entities must match in start, end and type.
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

        var goldChunks = Iob2Tags.Chunks(gold);
        var predictedChunks = Iob2Tags.Chunks(predicted);
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
}
