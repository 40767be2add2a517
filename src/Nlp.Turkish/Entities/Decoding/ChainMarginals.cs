using System.Runtime.Intrinsics;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Forward-backward over one window's scores under a linear chain at a temperature, and the probability of any span of
/// labels afterwards (<see cref="SpanProbability"/>): the confidence of a mention. Holds the per-window buffers, so one
/// instance serves one caller at a time (it lives in a tagging scratch).
/// </summary>
/// <remarks>
/// The fast pass works in single precision and probability space: every potential is divided by its table's largest
/// (transitions, start, end, and each token's emissions), so none exceeds 1 and nothing overflows, and each position's
/// forward vector is normalized to sum 1 with its scale kept. Where that still fails (a forward sum or the final sum
/// underflows to zero, a backward value overflows: scores far apart at a low temperature), the window is computed again
/// in double precision and log space, which cannot fail; calibration, which tries very low temperatures, always uses it.
/// Either way a probability is a finite number in [0, 1].
/// </remarks>
internal sealed class ChainMarginals
{

    private float[] _emissions = new float[64 * EntityLabels.Lanes];
    private float[] _alpha = new float[64 * EntityLabels.Lanes];
    private float[] _beta = new float[64 * EntityLabels.Lanes];
    private float[] _scale = new float[64];
    private readonly float[] _rows = new float[EntityLabels.Count * EntityLabels.Lanes];
    private readonly float[] _columns = new float[EntityLabels.Count * EntityLabels.Lanes];
    private readonly float[] _start = new float[EntityLabels.Lanes];
    private readonly float[] _end = new float[EntityLabels.Lanes];

    // The log-space pass: log potentials (negative infinity where a step is forbidden) and per-window tables.
    private readonly double[] _logTransitions = new double[EntityLabels.Count * EntityLabels.Count];
    private readonly double[] _logStart = new double[EntityLabels.Count];
    private readonly double[] _logEnd = new double[EntityLabels.Count];
    private double[] _logEmissions = new double[64 * EntityLabels.Count];
    private double[] _logAlpha = new double[64 * EntityLabels.Count];
    private double[] _logBeta = new double[64 * EntityLabels.Count];
    private double _logTotal;

    private ChainTransitions? _weights;
    private double _inverseTemperature;
    private float _final;
    private bool _logSpace;

    /// <summary>Whether the last window was computed in log space (the fast pass failed, or it was asked for).</summary>
    public bool UsedLogSpace => _logSpace;

    /// <summary>Runs forward-backward over a window's <paramref name="n"/> × 13 scores at the chain's own temperature.</summary>
    public void Compute(ChainTransitions chain, ReadOnlySpan<float> scores, int n) => Compute(chain, scores, n, 1.0 / chain.Temperature, logSpace: false);

    /// <summary>
    /// Runs forward-backward over a window's scores scaled by <paramref name="inverseTemperature"/>, in log space when
    /// <paramref name="logSpace"/> is set or when the fast pass fails.
    /// </summary>
    public void Compute(ChainTransitions chain, ReadOnlySpan<float> scores, int n, double inverseTemperature, bool logSpace)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (!(inverseTemperature > 0) || double.IsInfinity(inverseTemperature))
        {
            throw new ArgumentOutOfRangeException(nameof(inverseTemperature), inverseTemperature, "Expected a positive finite number.");
        }

        Prepare(chain, inverseTemperature);
        _logSpace = logSpace || !ForwardBackward(scores, n, (float)inverseTemperature);
        if (_logSpace)
        {
            LogForwardBackward(scores, n, inverseTemperature);
        }
    }

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="last"/> of the last window carry exactly
    /// <paramref name="labels"/> there: for an entity span, that this exact span has this type. A number in [0, 1].
    /// </summary>
    public double SpanProbability(ReadOnlySpan<int> labels, int first, int last)
    {
        if (_logSpace)
        {
            var log = _logAlpha[(first * EntityLabels.Count) + labels[first]];
            for (var i = first + 1; i <= last; i++)
            {
                log += _logTransitions[(labels[i - 1] * EntityLabels.Count) + labels[i]] + _logEmissions[(i * EntityLabels.Count) + labels[i]];
            }

            log += _logBeta[(last * EntityLabels.Count) + labels[last]] - _logTotal;
            return double.IsNaN(log) ? 0.0 : Math.Clamp(Math.Exp(log), 0.0, 1.0);
        }

        double path = _alpha[(first * EntityLabels.Lanes) + labels[first]];
        for (var i = first + 1; i <= last; i++)
        {
            path *= (double)_rows[(labels[i - 1] * EntityLabels.Lanes) + labels[i]] * _emissions[(i * EntityLabels.Lanes) + labels[i]] / _scale[i];
        }

        path *= _beta[(last * EntityLabels.Lanes) + labels[last]];
        return Math.Clamp(path / _final, 0.0, 1.0);
    }

    /// <summary>
    /// Makes the potentials those of <paramref name="weights"/> at <paramref name="inverseTemperature"/>, each table
    /// divided by its largest: every path takes one start, one end and <c>n - 1</c> transitions, so the division
    /// cancels in every probability.
    /// </summary>
    private void Prepare(ChainTransitions weights, double inverseTemperature)
    {
        if (ReferenceEquals(weights, _weights) && inverseTemperature == _inverseTemperature)
        {
            return;
        }

        Exponentiate(weights.Start, _start, _logStart, inverseTemperature);
        Exponentiate(weights.End, _end, _logEnd, inverseTemperature);
        var largest = Largest(weights.Transitions);
        for (var p = 0; p < EntityLabels.Count; p++)
        {
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                var w = weights.Transitions[(p * EntityLabels.Count) + y];
                var log = BilouConstraints.IsForbidden(w) ? double.NegativeInfinity : inverseTemperature * ((double)w - largest);
                _logTransitions[(p * EntityLabels.Count) + y] = log;
                _rows[(p * EntityLabels.Lanes) + y] = (float)Math.Exp(log);
                _columns[(y * EntityLabels.Lanes) + p] = _rows[(p * EntityLabels.Lanes) + y];
            }
        }

        _weights = weights;
        _inverseTemperature = inverseTemperature;
    }

    private static void Exponentiate(ReadOnlySpan<float> weights, Span<float> potentials, Span<double> logs, double t)
    {
        var largest = Largest(weights);
        for (var i = 0; i < weights.Length; i++)
        {
            logs[i] = BilouConstraints.IsForbidden(weights[i]) ? double.NegativeInfinity : t * ((double)weights[i] - largest);
            potentials[i] = (float)Math.Exp(logs[i]);
        }
    }

    /// <summary>The largest weight that is not <see cref="BilouConstraints.Forbidden"/> (0 when all are).</summary>
    private static double Largest(ReadOnlySpan<float> weights)
    {
        var largest = double.NegativeInfinity;
        foreach (var w in weights)
        {
            if (!BilouConstraints.IsForbidden(w) && w > largest)
            {
                largest = w;
            }
        }

        return double.IsNegativeInfinity(largest) ? 0 : largest;
    }

    /// <summary>
    /// The fast pass: scaled forward-backward over emission potentials, 16 lanes a row (13 labels and 3 zeros) in two
    /// 8-float vectors. Each step sums over all 13 labels in label order; a forbidden step has potential 0 and adds +0,
    /// which changes no sum. Returns false when single precision did not hold: a forward sum of zero, a final sum that
    /// is not a positive normal number, or a backward value that overflowed.
    /// </summary>
    private bool ForwardBackward(ReadOnlySpan<float> scores, int n, float t)
    {
        var emissions = Grow(ref _emissions, n * EntityLabels.Lanes);
        var alpha = Grow(ref _alpha, n * EntityLabels.Lanes);
        var beta = Grow(ref _beta, n * EntityLabels.Lanes);
        var scale = Grow(ref _scale, n);
        Emissions(scores, n, t, emissions);

        var held = true;
        var a0 = Vector256.Create<float>(_start) * Vector256.Create<float>(emissions);
        var a1 = Vector256.Create<float>(_start.AsSpan(8)) * Vector256.Create<float>(emissions[8..]);
        held &= Store(alpha, 0, a0, a1, scale);
        for (var i = 1; i < n; i++)
        {
            var previous = alpha.Slice((i - 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            for (var p = 0; p < EntityLabels.Count; p++)
            {
                var v = Vector256.Create(previous[p]);
                var row = _rows.AsSpan(p * EntityLabels.Lanes, EntityLabels.Lanes);
                s0 += v * Vector256.Create<float>(row);
                s1 += v * Vector256.Create<float>(row[8..]);
            }

            var e = emissions.Slice(i * EntityLabels.Lanes, EntityLabels.Lanes);
            held &= Store(alpha, i, s0 * Vector256.Create<float>(e), s1 * Vector256.Create<float>(e[8..]), scale);
        }

        var last = alpha.Slice((n - 1) * EntityLabels.Lanes, EntityLabels.Lanes);
        var final = (Vector256.Create<float>(last) * Vector256.Create<float>(_end))
            + (Vector256.Create<float>(last[8..]) * Vector256.Create<float>(_end.AsSpan(8)));
        _final = Vector256.Sum(final);
        held &= float.IsNormal(_final) && _final > 0;
        _end.CopyTo(beta.Slice((n - 1) * EntityLabels.Lanes, EntityLabels.Lanes));
        Span<float> weighted = stackalloc float[EntityLabels.Lanes];

        // x - x is 0 for a finite x and NaN otherwise: one check at the end covers every backward value.
        var finite = Vector256<float>.Zero;
        for (var i = n - 2; i >= 0; i--)
        {
            var nextEmissions = emissions.Slice((i + 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var nextBeta = beta.Slice((i + 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var inverse = Vector256.Create(1f / scale[i + 1]);
            (Vector256.Create<float>(nextEmissions) * Vector256.Create<float>(nextBeta) * inverse).CopyTo(weighted);
            (Vector256.Create<float>(nextEmissions[8..]) * Vector256.Create<float>(nextBeta[8..]) * inverse).CopyTo(weighted[8..]);
            var b0 = Vector256<float>.Zero;
            var b1 = Vector256<float>.Zero;
            for (var q = 0; q < EntityLabels.Count; q++)
            {
                var w = Vector256.Create(weighted[q]);
                var column = _columns.AsSpan(q * EntityLabels.Lanes, EntityLabels.Lanes);
                b0 += Vector256.Create<float>(column) * w;
                b1 += Vector256.Create<float>(column[8..]) * w;
            }

            var destination = beta.Slice(i * EntityLabels.Lanes, EntityLabels.Lanes);
            b0.CopyTo(destination);
            b1.CopyTo(destination[8..]);
            finite += (b0 - b0) + (b1 - b1);
        }

        return held && finite == Vector256<float>.Zero;
    }

    /// <summary>
    /// The emission potentials exp(t (score - max)) of each token's 13 scores, a row of <see cref="EntityLabels.Lanes"/> a token
    /// (the row's max subtracted so that the largest potential is 1; the 3 padding lanes 0).
    /// </summary>
    private static void Emissions(ReadOnlySpan<float> scores, int n, float t, Span<float> emissions)
    {
        Span<float> row = stackalloc float[EntityLabels.Lanes];
        var scale = Vector256.Create(t);
        var valid = Vector256.Create(-1, -1, -1, -1, -1, 0, 0, 0).AsSingle();
        for (var i = 0; i < n; i++)
        {
            var scoresRow = scores.Slice(i * EntityLabels.Count, EntityLabels.Count);
            scoresRow.CopyTo(row);
            var low = Vector256.Create<float>(row);
            var high = Vector256.Create<float>(row[8..]);
            var max = Vector256.Max(low, Vector256.ConditionalSelect(valid, high, low));
            max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
            max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
            max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
            var destination = emissions.Slice(i * EntityLabels.Lanes, EntityLabels.Lanes);
            Vector256.Exp(scale * (low - max)).CopyTo(destination);
            (Vector256.Exp(scale * (high - max)) & valid).CopyTo(destination[8..]);
        }
    }

    /// <summary>Writes a forward vector normalized to sum 1 and keeps its scale; false when the sum is not a positive normal number.</summary>
    private static bool Store(Span<float> alpha, int i, Vector256<float> low, Vector256<float> high, Span<float> scale)
    {
        var sum = Vector256.Sum(low + high);
        var held = float.IsNormal(sum) && sum > 0;
        var s = held ? sum : 1f;
        scale[i] = s;
        var inverse = Vector256.Create(1f / s);
        var destination = alpha.Slice(i * EntityLabels.Lanes, EntityLabels.Lanes);
        (low * inverse).CopyTo(destination);
        (high * inverse).CopyTo(destination[8..]);
        return held;
    }

    /// <summary>The exact pass: forward-backward in double precision over log potentials, with log-sum-exp at every step.</summary>
    private void LogForwardBackward(ReadOnlySpan<float> scores, int n, double t)
    {
        var emissions = Grow(ref _logEmissions, n * EntityLabels.Count);
        var alpha = Grow(ref _logAlpha, n * EntityLabels.Count);
        var beta = Grow(ref _logBeta, n * EntityLabels.Count);
        for (var k = 0; k < n * EntityLabels.Count; k++)
        {
            emissions[k] = t * scores[k];
        }

        Span<double> terms = stackalloc double[EntityLabels.Count];
        for (var y = 0; y < EntityLabels.Count; y++)
        {
            alpha[y] = _logStart[y] + emissions[y];
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                for (var p = 0; p < EntityLabels.Count; p++)
                {
                    terms[p] = alpha[((i - 1) * EntityLabels.Count) + p] + _logTransitions[(p * EntityLabels.Count) + y];
                }

                alpha[(i * EntityLabels.Count) + y] = LogSumExp(terms) + emissions[(i * EntityLabels.Count) + y];
            }
        }

        for (var y = 0; y < EntityLabels.Count; y++)
        {
            terms[y] = alpha[((n - 1) * EntityLabels.Count) + y] + _logEnd[y];
            beta[((n - 1) * EntityLabels.Count) + y] = _logEnd[y];
        }

        _logTotal = LogSumExp(terms);
        for (var i = n - 2; i >= 0; i--)
        {
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                for (var q = 0; q < EntityLabels.Count; q++)
                {
                    var next = ((i + 1) * EntityLabels.Count) + q;
                    terms[q] = _logTransitions[(y * EntityLabels.Count) + q] + emissions[next] + beta[next];
                }

                beta[(i * EntityLabels.Count) + y] = LogSumExp(terms);
            }
        }
    }

    /// <summary>log Σ exp(x), exact for any finite or negative-infinite terms (negative infinity when all are).</summary>
    private static double LogSumExp(ReadOnlySpan<double> terms)
    {
        var max = double.NegativeInfinity;
        foreach (var x in terms)
        {
            max = Math.Max(max, x);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var x in terms)
        {
            sum += Math.Exp(x - max);
        }

        return max + Math.Log(sum);
    }

    private static Span<T> Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array.AsSpan(0, size);
    }
}
