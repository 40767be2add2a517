using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// Dense ids for the feature keys seen in training, and the conversion of trained weights back to keyed rows; rows
/// whose weights all lie below a threshold in magnitude are dropped, which keeps the model file small.
/// </summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<ulong> _keys = [];

    public int Count => _keys.Count;

    public int GetOrAdd(ulong key)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _ids.Add(key, id);
            _keys.Add(key);
        }

        return id;
    }

    public int Find(ulong key) => _ids.TryGetValue(key, out var id) ? id : -1;

    public TrainedStage ToStage((float[] Emissions, float[] Structure) weights, float temperature, float minimumWeight)
    {
        var keys = new List<ulong>(_keys.Count);
        var emissions = new List<float>(_keys.Count * EntityLabels.Count);
        for (var id = 0; id < _keys.Count; id++)
        {
            var row = weights.Emissions.AsSpan(id * EntityLabels.Count, EntityLabels.Count);
            var keep = false;
            foreach (var w in row)
            {
                keep |= Math.Abs(w) >= minimumWeight;
            }

            if (keep)
            {
                keys.Add(_keys[id]);
                emissions.AddRange(row);
            }
        }

        var (transitions, start, end) = Perceptron.SplitStructure(weights.Structure);
        return new TrainedStage(keys.ToArray(), emissions.ToArray(), new ChainTransitions(transitions, start, end, temperature));
    }
}
