namespace Nlp.Turkish.Entities;

/// <summary>
/// The sequence part of a trained stage, as a model keeps it: label-to-label transition weights, start and end
/// weights (forbidden BILOU steps set to <see cref="BilouConstraints.Forbidden"/>), and the temperature that
/// calibrates its confidences. Decodes the best valid label sequence of a window's scores with Viterbi; confidences
/// come from <see cref="ChainMarginals"/>. Immutable and thread-safe.
/// </summary>
internal sealed class ChainTransitions
{
    private readonly float[] _transitions;
    private readonly float[] _start;
    private readonly float[] _end;

    /// <summary>Transitions as trained or read from a model file; the BILOU constraints are applied to copies.</summary>
    /// <exception cref="InvalidDataException">An array has the wrong length, or the temperature is not a positive finite number.</exception>
    public ChainTransitions(ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, ReadOnlySpan<float> end, float temperature)
    {
        if (transitions.Length != EntityLabels.Count * EntityLabels.Count || start.Length != EntityLabels.Count || end.Length != EntityLabels.Count)
        {
            throw new InvalidDataException("Weight arrays do not match the label count.");
        }

        if (!(temperature > 0) || float.IsInfinity(temperature))
        {
            throw new InvalidDataException($"Invalid calibration temperature {temperature}.");
        }

        _transitions = transitions.ToArray();
        _start = start.ToArray();
        _end = end.ToArray();
        BilouConstraints.Apply(_transitions, _start, _end);
        Temperature = temperature;
    }

    /// <summary>Label-to-label weights, 13 × 13 (from × to).</summary>
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The weight of each label at a window's first token.</summary>
    public ReadOnlySpan<float> Start => _start;

    /// <summary>The weight of each label at a window's last token.</summary>
    public ReadOnlySpan<float> End => _end;

    /// <summary>The temperature that scales scores into calibrated confidences.</summary>
    public float Temperature { get; }

    /// <summary>The best valid label sequence for <paramref name="n"/> tokens' scores (<c>n × 13</c>).</summary>
    public void Viterbi(ReadOnlySpan<float> scores, int n, Span<int> labels, Span<int> back) =>
        ViterbiDecoder.Decode(scores, n, _transitions, _start, _end, labels, back);
}
