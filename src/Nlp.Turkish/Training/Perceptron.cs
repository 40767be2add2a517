using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// An averaged structured perceptron over a linear chain (Collins 2002): decode each example with the current weights,
/// and where the best sequence differs from the gold one, add the gold sequence's features and subtract the predicted
/// one's. The averaged weights (lazily, through a second accumulator) are what the model keeps. With a margin, decoding
/// in training is cost-augmented (Taskar et al. 2003, Tsochantaridis et al. 2005): every label but the gold one scores
/// the margin more at each token, so an example updates until its gold sequence wins by the margin times the number of
/// tokens it differs in, not just wins. Miss costs make that margin larger where it matters more: at a token inside a
/// gold entity of a type with a miss cost k, the outside label scores k margins more, so leaving such a name out costs
/// more than any other mistake and training leans towards that type's recall. Entity costs make every mistake inside
/// a gold entity of a type with cost k (left out, typed otherwise, cut) cost k margins.
/// </summary>
internal sealed class Perceptron
{
    private const int StructureLength = (EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count + EntityLabels.Count;

    private readonly float[] _weights;
    private readonly float[] _accumulated;
    private readonly float[] _structure = new float[StructureLength];
    private readonly float[] _structureAccumulated = new float[StructureLength];
    private readonly float[] _mask = BuildMask();
    private readonly float _margin;

    /// <summary>Per entity type (by <see cref="EntityType"/> value), how many margins the outside label costs inside a gold entity.</summary>
    private readonly float[] _missCosts = [1, 1, 1];

    /// <summary>Per entity type, how many margins every wrong label costs inside a gold entity.</summary>
    private readonly float[] _entityCosts = [1, 1, 1];
    private long _step = 1;

    /// <summary>
    /// A perceptron over <paramref name="featureCount"/> features; <paramref name="margin"/> 0 is the plain perceptron.
    /// <paramref name="missCosts"/> (one per <see cref="EntityType"/>, or empty for 1 each) scale the margin of the
    /// outside label inside gold entities of each type; <paramref name="entityCosts"/> (the same) that of every wrong label there.
    /// </summary>
    public Perceptron(int featureCount, float margin = 0, ReadOnlySpan<float> missCosts = default, ReadOnlySpan<float> entityCosts = default)
    {
        _margin = margin;
        if (!missCosts.IsEmpty)
        {
            missCosts.CopyTo(_missCosts);
        }

        if (!entityCosts.IsEmpty)
        {
            entityCosts.CopyTo(_entityCosts);
        }

        _weights = new float[featureCount * EntityLabels.Count];
        _accumulated = new float[featureCount * EntityLabels.Count];
    }

    public void Train(TrainingExample example, TrainingBuffers scratch)
    {
        var n = example.Length;
        var predicted = scratch.Labels(n);
        var gold = example.Gold;
        Decode(example, _weights, _structure, predicted, scratch, _margin > 0 ? gold : default, _margin);
        if (!predicted.SequenceEqual(gold))
        {
            for (var i = 0; i < n; i++)
            {
                if (predicted[i] != gold[i])
                {
                    foreach (var id in example.FeaturesOf(i))
                    {
                        Update(_weights, _accumulated, (id * EntityLabels.Count) + gold[i], 1);
                        Update(_weights, _accumulated, (id * EntityLabels.Count) + predicted[i], -1);
                    }
                }

                if (i == 0)
                {
                    UpdateStructure((EntityLabels.Count * EntityLabels.Count) + gold[0], (EntityLabels.Count * EntityLabels.Count) + predicted[0]);
                }
                else if (predicted[i - 1] != gold[i - 1] || predicted[i] != gold[i])
                {
                    UpdateStructure((gold[i - 1] * EntityLabels.Count) + gold[i], (predicted[i - 1] * EntityLabels.Count) + predicted[i]);
                }
            }

            UpdateStructure((EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count + gold[n - 1], (EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count + predicted[n - 1]);
        }

        _step++;
    }

    /// <summary>The averaged weights: emissions (feature × label) and structure (transitions, start, end).</summary>
    public (float[] Emissions, float[] Structure) Averaged()
    {
        var emissions = new float[_weights.Length];
        var scale = 1f / _step;
        for (var i = 0; i < emissions.Length; i++)
        {
            emissions[i] = _weights[i] - (_accumulated[i] * scale);
        }

        var structure = new float[StructureLength];
        for (var i = 0; i < structure.Length; i++)
        {
            structure[i] = _structure[i] - (_structureAccumulated[i] * scale);
        }

        return (emissions, structure);
    }

    /// <summary>Decodes an example with the given weights, under the BILOU constraints.</summary>
    /// <remarks>
    /// With <paramref name="gold"/> labels given, every other label scores <paramref name="margin"/> more at each token
    /// (cost-augmented decoding, for training); inside a gold entity every wrong label scores the margin times the entity
    /// type's entity cost, and the outside label the margin times its miss cost more on top (each cost less one).
    /// </remarks>
    public void Decode(TrainingExample example, float[] emissions, float[] structure, Span<int> labels, TrainingBuffers scratch,
        ReadOnlySpan<int> gold = default, float margin = 0)
    {
        var n = example.Length;
        var scores = scratch.Scores(n);
        scores.Clear();
        for (var i = 0; i < n; i++)
        {
            var row = scores.Slice(i * EntityLabels.Count, EntityLabels.Count);
            foreach (var id in example.FeaturesOf(i))
            {
                var weights = emissions.AsSpan(id * EntityLabels.Count, EntityLabels.Count);
                for (var y = 0; y < EntityLabels.Count; y++)
                {
                    row[y] += weights[y];
                }
            }
        }

        if (!gold.IsEmpty)
        {
            for (var i = 0; i < n; i++)
            {
                var row = scores.Slice(i * EntityLabels.Count, EntityLabels.Count);
                for (var y = 0; y < EntityLabels.Count; y++)
                {
                    row[y] += y == gold[i] ? 0 : margin;
                }

                if (gold[i] != EntityLabels.Outside)
                {
                    var type = (int)EntityLabels.TypeOf(gold[i]);
                    var wrong = margin * (_entityCosts[type] - 1);
                    if (wrong != 0)
                    {
                        for (var y = 0; y < EntityLabels.Count; y++)
                        {
                            row[y] += y == gold[i] ? 0 : wrong;
                        }
                    }

                    row[EntityLabels.Outside] += margin * (_missCosts[type] - 1);
                }
            }
        }

        Span<float> constrained = stackalloc float[StructureLength];
        for (var i = 0; i < StructureLength; i++)
        {
            constrained[i] = structure[i] + _mask[i];
        }

        ViterbiDecoder.Decode(scores, n, constrained[..(EntityLabels.Count * EntityLabels.Count)], constrained.Slice(EntityLabels.Count * EntityLabels.Count, EntityLabels.Count), constrained.Slice((EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count, EntityLabels.Count), labels, scratch.BackPointers(n));
    }

    public static (float[] Transitions, float[] Start, float[] End) SplitStructure(float[] structure) =>
        (structure[..(EntityLabels.Count * EntityLabels.Count)], structure[(EntityLabels.Count * EntityLabels.Count)..((EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count)], structure[((EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count)..]);

    private void Update(float[] weights, float[] accumulated, int index, int delta)
    {
        weights[index] += delta;
        accumulated[index] += _step * delta;
    }

    private void UpdateStructure(int gold, int predicted)
    {
        if (gold == predicted)
        {
            return;
        }

        Update(_structure, _structureAccumulated, gold, 1);
        Update(_structure, _structureAccumulated, predicted, -1);
    }

    private static float[] BuildMask()
    {
        var mask = new float[StructureLength];
        BilouConstraints.Apply(mask.AsSpan(0, EntityLabels.Count * EntityLabels.Count), mask.AsSpan(EntityLabels.Count * EntityLabels.Count, EntityLabels.Count), mask.AsSpan((EntityLabels.Count * EntityLabels.Count) + EntityLabels.Count, EntityLabels.Count));
        return mask;
    }
}
