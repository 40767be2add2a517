namespace Nlp.Turkish.Entities;

/// <summary>
/// The weights of one linear-chain tagger: an emission row of <see cref="EntityLabels.Count"/> weights per feature
/// (as trained; a model scores through the merged table of <see cref="TwoStageScorer"/>), label-to-label transition
/// weights, and start and end weights. Decoding is Viterbi restricted to valid BILOU sequences; confidences come from
/// forward-backward over the same scores scaled by a calibrated temperature (<see cref="ChainMarginals"/>). Immutable and thread-safe.
/// </summary>
internal sealed class LinearChainWeights
{
    private const int L = EntityLabels.Count;

    private readonly float[] _emissions;
    private readonly float[] _transitions;
    private readonly float[] _start;
    private readonly float[] _end;

    public LinearChainWeights(ulong[] keys, float[] emissions, float[] transitions, float[] start, float[] end, float temperature)
    {
        if (emissions.Length != keys.Length * L || transitions.Length != L * L || start.Length != L || end.Length != L)
        {
            throw new InvalidDataException("Weight arrays do not match the label count.");
        }

        if (!(temperature > 0) || float.IsInfinity(temperature))
        {
            throw new InvalidDataException($"Invalid calibration temperature {temperature}.");
        }

        Keys = keys;
        _emissions = emissions;

        _transitions = Constrain(transitions, static (p, n) => EntityLabels.CanFollow(p, n));
        _start = Constrain(start, static (_, n) => EntityLabels.CanStart(n));
        _end = Constrain(end, static (_, n) => EntityLabels.CanEnd(n));
        Temperature = temperature;
    }

    public ulong[] Keys { get; }

    /// <summary>The <see cref="EntityLabels.Count"/> emission weights of a feature row.</summary>
    public ReadOnlySpan<float> EmissionRow(int row) => _emissions.AsSpan(row * L, L);

    public ReadOnlySpan<float> Transitions => _transitions;

    public ReadOnlySpan<float> Start => _start;

    public ReadOnlySpan<float> End => _end;

    public float Temperature { get; }

    /// <summary>The best valid label sequence for <paramref name="n"/> tokens.</summary>
    public void Viterbi(ReadOnlySpan<float> scores, int n, Span<int> labels, Span<int> back) =>
        ViterbiDecoder.Decode(scores, n, _transitions, _start, _end, labels, back);

    private static float[] Constrain(float[] weights, Func<int, int, bool> allowed)
    {
        var result = (float[])weights.Clone();
        ViterbiDecoder.Constrain(result, allowed);
        return result;
    }
}
