namespace Nlp.Turkish.Entities;

/// <summary>
/// The weights of one linear-chain tagger: an emission row of <see cref="EntityLabels.Count"/> weights per feature,
/// label-to-label transition weights, and start and end weights. Decoding is Viterbi restricted to valid BILOU
/// sequences; confidences come from forward-backward over the same scores scaled by a calibrated temperature.
/// Immutable and thread-safe.
/// </summary>
internal sealed class LinearChainWeights
{
    private const int L = EntityLabels.Count;

    private readonly FeatureTable _table;
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
        _table = new FeatureTable(keys);
        _emissions = emissions;
        _transitions = Constrain(transitions, static (p, n) => EntityLabels.CanFollow(p, n));
        _start = Constrain(start, static (_, n) => EntityLabels.CanStart(n));
        _end = Constrain(end, static (_, n) => EntityLabels.CanEnd(n));
        Temperature = temperature;
    }

    public ulong[] Keys { get; }

    public ReadOnlySpan<float> Emissions => _emissions;

    public ReadOnlySpan<float> Transitions => _transitions;

    public ReadOnlySpan<float> Start => _start;

    public ReadOnlySpan<float> End => _end;

    public float Temperature { get; }

    public int FeatureCount => _table.Count;

    /// <summary>Sums the emission rows of each token's features into <paramref name="scores"/> (<c>n × L</c>).</summary>
    public void Score(ReadOnlySpan<ulong> features, ReadOnlySpan<int> counts, int n, Span<float> scores)
    {
        scores[..(n * L)].Clear();
        for (var i = 0; i < n; i++)
        {
            var row = scores.Slice(i * L, L);
            var tokenFeatures = features.Slice(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]);
            foreach (var key in tokenFeatures)
            {
                var index = _table.Find(key);
                if (index >= 0)
                {
                    var weights = _emissions.AsSpan(index * L, L);
                    for (var y = 0; y < L; y++)
                    {
                        row[y] += weights[y];
                    }
                }
            }
        }
    }

    /// <summary>The best valid label sequence for <paramref name="n"/> tokens.</summary>
    public void Viterbi(ReadOnlySpan<float> scores, int n, Span<int> labels, Span<int> back) =>
        ViterbiDecoder.Decode(scores, n, _transitions, _start, _end, labels, back);

    /// <summary>
    /// Runs forward-backward over a sentence's scores under the temperature-scaled chain and returns log Z; afterwards
    /// <see cref="SpanProbability"/> answers for any span of the sentence.
    /// </summary>
    public double Marginals(ReadOnlySpan<float> scores, int n, Span<double> alpha, Span<double> beta) =>
        Marginals(scores, n, alpha, beta, 1.0 / Temperature);

    /// <summary>As <see cref="Marginals(ReadOnlySpan{float}, int, Span{double}, Span{double})"/> at a given inverse temperature.</summary>
    public double Marginals(ReadOnlySpan<float> scores, int n, Span<double> alpha, Span<double> beta, double inverseTemperature)
    {
        Forward(scores, n, alpha, inverseTemperature);
        Backward(scores, n, beta, inverseTemperature);
        return LogSumExp(alpha.Slice((n - 1) * L, L), _end, inverseTemperature);
    }

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="last"/> carry exactly
    /// <paramref name="labels"/> there: for an entity span, that this exact span has this type. Needs the
    /// <paramref name="alpha"/>, <paramref name="beta"/> and <paramref name="logZ"/> of <see cref="Marginals(ReadOnlySpan{float}, int, Span{double}, Span{double})"/>
    /// at the same <paramref name="inverseTemperature"/>.
    /// </summary>
    public double SpanProbability(ReadOnlySpan<float> scores, ReadOnlySpan<int> labels, int first, int last, ReadOnlySpan<double> alpha,
        ReadOnlySpan<double> beta, double logZ, double inverseTemperature)
    {
        var t = inverseTemperature;
        var path = alpha[(first * L) + labels[first]];
        for (var i = first + 1; i <= last; i++)
        {
            path += t * (_transitions[(labels[i - 1] * L) + labels[i]] + scores[(i * L) + labels[i]]);
        }

        path += beta[(last * L) + labels[last]];
        return Math.Clamp(Math.Exp(path - logZ), 0.0, 1.0);
    }

    private void Forward(ReadOnlySpan<float> scores, int n, Span<double> alpha, double t)
    {
        Span<double> terms = stackalloc double[L];
        for (var y = 0; y < L; y++)
        {
            alpha[y] = t * (_start[y] + scores[y]);
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                for (var p = 0; p < L; p++)
                {
                    terms[p] = alpha[((i - 1) * L) + p] + (t * _transitions[(p * L) + y]);
                }

                alpha[(i * L) + y] = LogSumExp(terms) + (t * scores[(i * L) + y]);
            }
        }
    }

    private void Backward(ReadOnlySpan<float> scores, int n, Span<double> beta, double t)
    {
        Span<double> terms = stackalloc double[L];
        for (var y = 0; y < L; y++)
        {
            beta[((n - 1) * L) + y] = t * _end[y];
        }

        for (var i = n - 2; i >= 0; i--)
        {
            for (var y = 0; y < L; y++)
            {
                for (var q = 0; q < L; q++)
                {
                    terms[q] = (t * (_transitions[(y * L) + q] + scores[((i + 1) * L) + q])) + beta[((i + 1) * L) + q];
                }

                beta[(i * L) + y] = LogSumExp(terms);
            }
        }
    }

    private static double LogSumExp(ReadOnlySpan<double> alphaLast, ReadOnlySpan<float> end, double t)
    {
        Span<double> terms = stackalloc double[L];
        for (var y = 0; y < L; y++)
        {
            terms[y] = alphaLast[y] + (end[y] * t);
        }

        return LogSumExp(terms);
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }

    private static float[] Constrain(float[] weights, Func<int, int, bool> allowed)
    {
        var result = (float[])weights.Clone();
        ViterbiDecoder.Constrain(result, allowed);
        return result;
    }
}
