using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// An averaged structured perceptron over a linear chain (Collins 2002): decode each example with the current weights,
/// and where the best sequence differs from the gold one, add the gold sequence's features and subtract the predicted
/// one's. The averaged weights (lazily, through a second accumulator) are what the model keeps.
/// </summary>
internal sealed class Perceptron
{
    private const int L = EntityLabels.Count;
    private const int StructureLength = (L * L) + L + L;

    private readonly float[] _weights;
    private readonly float[] _accumulated;
    private readonly float[] _structure = new float[StructureLength];
    private readonly float[] _structureAccumulated = new float[StructureLength];
    private readonly float[] _mask = BuildMask();
    private long _step = 1;

    public Perceptron(int featureCount)
    {
        _weights = new float[featureCount * L];
        _accumulated = new float[featureCount * L];
    }

    public void Train(TrainingExample example, TrainingBuffers scratch)
    {
        var n = example.Length;
        var predicted = scratch.Labels(n);
        Decode(example, _weights, _structure, predicted, scratch);
        var gold = example.Gold;
        if (!predicted.SequenceEqual(gold))
        {
            for (var i = 0; i < n; i++)
            {
                if (predicted[i] != gold[i])
                {
                    foreach (var id in example.FeaturesOf(i))
                    {
                        Update(_weights, _accumulated, (id * L) + gold[i], 1);
                        Update(_weights, _accumulated, (id * L) + predicted[i], -1);
                    }
                }

                if (i == 0)
                {
                    UpdateStructure((L * L) + gold[0], (L * L) + predicted[0]);
                }
                else if (predicted[i - 1] != gold[i - 1] || predicted[i] != gold[i])
                {
                    UpdateStructure((gold[i - 1] * L) + gold[i], (predicted[i - 1] * L) + predicted[i]);
                }
            }

            UpdateStructure((L * L) + L + gold[n - 1], (L * L) + L + predicted[n - 1]);
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
    public void Decode(TrainingExample example, float[] emissions, float[] structure, Span<int> labels, TrainingBuffers scratch)
    {
        var n = example.Length;
        var scores = scratch.Scores(n);
        scores.Clear();
        for (var i = 0; i < n; i++)
        {
            var row = scores.Slice(i * L, L);
            foreach (var id in example.FeaturesOf(i))
            {
                var weights = emissions.AsSpan(id * L, L);
                for (var y = 0; y < L; y++)
                {
                    row[y] += weights[y];
                }
            }
        }

        Span<float> constrained = stackalloc float[StructureLength];
        for (var i = 0; i < StructureLength; i++)
        {
            constrained[i] = structure[i] + _mask[i];
        }

        ViterbiDecoder.Decode(scores, n, constrained[..(L * L)], constrained.Slice(L * L, L), constrained.Slice((L * L) + L, L), labels, scratch.BackPointers(n));
    }

    public static (float[] Transitions, float[] Start, float[] End) SplitStructure(float[] structure) =>
        (structure[..(L * L)], structure[(L * L)..((L * L) + L)], structure[((L * L) + L)..]);

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
        BilouConstraints.Apply(mask.AsSpan(0, L * L), mask.AsSpan(L * L, L), mask.AsSpan((L * L) + L, L));
        return mask;
    }
}
