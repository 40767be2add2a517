using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// One tagging stage as training leaves it: an emission row of 13 weights for each kept feature key, and the stage's
/// transitions with their calibrated temperature. A model keeps the transitions as they are and merges the emission rows
/// of both stages into one <see cref="EmissionTable"/>.
/// </summary>
internal sealed class TrainedStage
{
    private readonly float[] _emissions;

    public TrainedStage(ulong[] keys, float[] emissions, ChainTransitions transitions)
    {
        if (emissions.Length != keys.Length * EntityLabels.Count)
        {
            throw new ArgumentException("One emission row of 13 weights per key is needed.", nameof(emissions));
        }

        Keys = keys;
        _emissions = emissions;
        Transitions = transitions;
    }

    /// <summary>The feature keys, one a row.</summary>
    public ulong[] Keys { get; }

    /// <summary>The stage's transitions and temperature.</summary>
    public ChainTransitions Transitions { get; }

    /// <summary>The 13 emission weights of a feature row.</summary>
    public ReadOnlySpan<float> EmissionRow(int row) => _emissions.AsSpan(row * EntityLabels.Count, EntityLabels.Count);
}
