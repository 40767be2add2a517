namespace Nlp.Turkish.Entities;

/// <summary>
/// One tagging stage as a model file stores it: feature keys in ascending order, a row of 13 emission weights per key,
/// label transitions, start and end weights, and the calibration temperature.
/// </summary>
internal sealed record StageWeights(ulong[] Keys, float[] Emissions, float[] Transitions, float[] Start, float[] End, float Temperature)
{
    /// <summary>The stage as a linear chain with its emission table, for a one-stage model.</summary>
    public LinearChainWeights ToChain() => new(Keys, Emissions, Transitions, Start, End, Temperature);

    /// <summary>The stage's transitions alone, for a stage whose emissions live in the merged two-stage table.</summary>
    public LinearChainWeights ToTransitionsOnly() => new([], [], Transitions, Start, End, Temperature);
}
