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

    // The steps inside a name, by lane (zero elsewhere): forward, the potential from B-T (from I-T) into I-T and L-T;
    // backward, the potential from B-T and I-T into I-T (into L-T).
    private readonly float[] _fromBegin = new float[EntityLabels.Lanes];
    private readonly float[] _fromInside = new float[EntityLabels.Lanes];
    private readonly float[] _intoInside = new float[EntityLabels.Lanes];
    private readonly float[] _intoLast = new float[EntityLabels.Lanes];
    private readonly float[] _end = new float[EntityLabels.Lanes];

    // The log-space pass: log potentials (negative infinity where a step is forbidden) and per-window tables.
    private readonly double[] _logTransitions = new double[EntityLabels.Count * EntityLabels.Count];
    private readonly double[] _logStart = new double[EntityLabels.Count];
    private readonly double[] _logEnd = new double[EntityLabels.Count];
    private double[] _logEmissions = new double[64 * EntityLabels.Count];
    private double[] _logAlpha = new double[64 * EntityLabels.Count];
    private double[] _logBeta = new double[64 * EntityLabels.Count];
    private double _logTotal;

    private readonly bool _wide;
    private ChainTransitions? _weights;
    private double _inverseTemperature;
    private float _final;
    private bool _logSpace;

    /// <summary>Forward-backward buffers, in 16-float vectors where the hardware has them.</summary>
    public ChainMarginals()
        : this(Vector512.IsHardwareAccelerated)
    {
    }

    /// <summary>Forward-backward buffers; <paramref name="wideVectors"/> chooses 16-float vectors over pairs of 8 (tests take both).</summary>
    internal ChainMarginals(bool wideVectors) => _wide = wideVectors;

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
    /// Writes the natural log of each token's marginal of each label in the last window of <paramref name="n"/> tokens
    /// into <paramref name="destination"/> (<c>n × 13</c>, label order): the log-probability that the token carries the
    /// label, from <see cref="LogFloor"/> (a label no valid sequence gives the token has probability 0) to 0.
    /// </summary>
    public void LogMarginals(int n, Span<float> destination)
    {
        if (_logSpace)
        {
            for (var i = 0; i < n * EntityLabels.Count; i++)
            {
                var log = _logAlpha[i] + _logBeta[i] - _logTotal;
                destination[i] = double.IsNaN(log) ? LogFloor : (float)Math.Clamp(log, LogFloor, 0.0);
            }

            return;
        }

        // alpha · beta / final, 16 lanes at a time (the 3 beyond the labels are zeros), logs taken by vector.
        var inverse = Vector256.Create(1f / _final);
        var floor = Vector256.Create(LogFloor);
        Span<float> row = stackalloc float[EntityLabels.Lanes];
        for (var i = 0; i < n; i++)
        {
            var alpha = _alpha.AsSpan(i * EntityLabels.Lanes, EntityLabels.Lanes);
            var beta = _beta.AsSpan(i * EntityLabels.Lanes, EntityLabels.Lanes);
            var low = Vector256.Create<float>(alpha) * Vector256.Create<float>(beta) * inverse;
            var high = Vector256.Create<float>(alpha[8..]) * Vector256.Create<float>(beta[8..]) * inverse;
            Vector256.Min(Vector256.Max(Vector256.Log(low), floor), Vector256<float>.Zero).CopyTo(row);
            Vector256.Min(Vector256.Max(Vector256.Log(high), floor), Vector256<float>.Zero).CopyTo(row[8..]);
            row[..EntityLabels.Count].CopyTo(destination.Slice(i * EntityLabels.Count, EntityLabels.Count));
        }
    }

    /// <summary>
    /// Writes into <paramref name="labels"/> each token's label of largest marginal in the last window of
    /// <paramref name="n"/> tokens, an entity label's marginal counting <paramref name="entityFactor"/> times (the lowest
    /// label wins a tie), and returns whether that is a valid BILOU sequence: then no valid sequence has a larger sum of
    /// log marginals plus <c>ln entityFactor</c> per entity token, and <see cref="PosteriorDecoder"/> needs no search.
    /// False, and <paramref name="labels"/> unspecified, when the window was computed in log space.
    /// </summary>
    public bool TryTokenBest(int n, float entityFactor, Span<int> labels)
    {
        if (_logSpace)
        {
            return false;
        }

        // alpha · beta is the marginal times a constant of the window (the padding lanes are 0). The largest lane, the
        // lowest label holding it by the equal lanes' sign bits; a table of bits says which labels may follow which (row
        // 13: which may start).
        var factorLo = Vector256.Create(1f, entityFactor, entityFactor, entityFactor, entityFactor, entityFactor, entityFactor, entityFactor);
        var factorHi = Vector256.Create(entityFactor);
        var previous = EntityLabels.Count;
        for (var i = 0; i < n; i++)
        {
            var row = i * EntityLabels.Lanes;
            var lo = Vector256.Create<float>(_alpha.AsSpan(row)) * Vector256.Create<float>(_beta.AsSpan(row)) * factorLo;
            var hi = Vector256.Create<float>(_alpha.AsSpan(row + 8)) * Vector256.Create<float>(_beta.AsSpan(row + 8)) * factorHi;
            var max = MaxAcrossLanes(Vector256.Max(lo, hi));
            var holders = Vector256.Equals(lo, max).ExtractMostSignificantBits() | (Vector256.Equals(hi, max).ExtractMostSignificantBits() << 8);
            var label = System.Numerics.BitOperations.TrailingZeroCount(holders);
            if ((Successors[previous] & (1 << label)) == 0)
            {
                return false;
            }

            labels[i] = label;
            previous = label;
        }

        return EntityLabels.CanEnd(previous);
    }

    /// <summary>Bit y of entry p: label y may follow label p; entry 13: label y may start a window.</summary>
    private static readonly int[] Successors = SuccessorBits();

    private static int[] SuccessorBits()
    {
        var bits = new int[EntityLabels.Count + 1];
        for (var y = 0; y < EntityLabels.Count; y++)
        {
            for (var p = 0; p < EntityLabels.Count; p++)
            {
                bits[p] |= EntityLabels.CanFollow(p, y) ? 1 << y : 0;
            }

            bits[EntityLabels.Count] |= EntityLabels.CanStart(y) ? 1 << y : 0;
        }

        return bits;
    }

    /// <summary>The lowest log marginal <see cref="LogMarginals"/> writes: far below any label a sequence can take.</summary>
    public const float LogFloor = -1000f;

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

        for (var type = 0; type < EntityLabels.TypeCount; type++)
        {
            var begin = 1 + (type * 4);
            var (inside, last) = (begin + 1, begin + 2);
            _fromBegin[inside] = _rows[(begin * EntityLabels.Lanes) + inside];
            _fromBegin[last] = _rows[(begin * EntityLabels.Lanes) + last];
            _fromInside[inside] = _rows[(inside * EntityLabels.Lanes) + inside];
            _fromInside[last] = _rows[(inside * EntityLabels.Lanes) + last];
            _intoInside[begin] = _rows[(begin * EntityLabels.Lanes) + inside];
            _intoInside[inside] = _rows[(inside * EntityLabels.Lanes) + inside];
            _intoLast[begin] = _rows[(begin * EntityLabels.Lanes) + last];
            _intoLast[inside] = _rows[(inside * EntityLabels.Lanes) + last];
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
    /// 8-float vectors. Each step sums over the valid steps only (a forbidden step has potential 0 and would add +0).
    /// Returns false when single precision did not hold: a forward sum of zero, a final sum that
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
        // Only valid steps have a potential above 0, so each sum takes only them (as Viterbi does): an opener (O, B-*,
        // U-*) follows one of the 7 closers (O, L-*, U-*), a broadcast each; I-T and L-T follow B-T or I-T, two
        // shuffles. Backward the same: a closer goes on to one of the 7 openers; B-T and I-T go on to I-T or L-T. A row
        // is one 16-float vector where the hardware has them, two 8-float vectors otherwise.
        return _wide
            ? held && Forward512(emissions, alpha, scale, n) && Backward512(emissions, beta, scale, n)
            : held && Forward256(emissions, alpha, scale, n) && Backward256(emissions, beta, scale, n);
    }

    /// <summary>Forward steps 1..n-1 in 16-float vectors, then the final sum; false when single precision did not hold.</summary>
    private bool Forward512(ReadOnlySpan<float> emissions, Span<float> alpha, Span<float> scale, int n)
    {
        var held = true;
        var fromBegin = Vector512.Create<float>(_fromBegin);
        var fromInside = Vector512.Create<float>(_fromInside);
        for (var i = 1; i < n; i++)
        {
            var previous = alpha.Slice((i - 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var row = Vector512.Create<float>(previous);
            var sum = (Vector512.Shuffle(row, Begin) * fromBegin) + (Vector512.Shuffle(row, Inside) * fromInside);
            foreach (var p in ViterbiDecoder.Closers)
            {
                sum += Vector512.Create(previous[p]) * Vector512.Create<float>(_rows.AsSpan(p * EntityLabels.Lanes));
            }

            sum *= Vector512.Create<float>(emissions[(i * EntityLabels.Lanes)..]);
            var total = Vector512.Sum(sum);
            var ok = float.IsNormal(total) && total > 0;
            held &= ok;
            scale[i] = ok ? total : 1f;
            (sum * Vector512.Create(1f / scale[i])).CopyTo(alpha[(i * EntityLabels.Lanes)..]);
        }

        _final = Vector512.Sum(Vector512.Create<float>(alpha[((n - 1) * EntityLabels.Lanes)..]) * Vector512.Create<float>(_end));
        return held && float.IsNormal(_final) && _final > 0;
    }

    /// <summary>Backward steps n-2..0 in 16-float vectors; false when a value overflowed.</summary>
    private bool Backward512(ReadOnlySpan<float> emissions, Span<float> beta, ReadOnlySpan<float> scale, int n)
    {
        _end.CopyTo(beta.Slice((n - 1) * EntityLabels.Lanes, EntityLabels.Lanes));
        Span<float> weighted = stackalloc float[EntityLabels.Lanes];
        var intoInside = Vector512.Create<float>(_intoInside);
        var intoLast = Vector512.Create<float>(_intoLast);

        // x - x is 0 for a finite x and NaN otherwise: one check at the end covers every backward value.
        var finite = Vector512<float>.Zero;
        for (var i = n - 2; i >= 0; i--)
        {
            var next = (i + 1) * EntityLabels.Lanes;
            var w = Vector512.Create<float>(emissions[next..]) * Vector512.Create<float>(beta[next..]) * Vector512.Create(1f / scale[i + 1]);
            w.CopyTo(weighted);
            var sum = (Vector512.Shuffle(w, NextInside) * intoInside) + (Vector512.Shuffle(w, NextLast) * intoLast);
            foreach (var q in ViterbiDecoder.Openers)
            {
                sum += Vector512.Create(weighted[q]) * Vector512.Create<float>(_columns.AsSpan(q * EntityLabels.Lanes));
            }

            sum.CopyTo(beta[(i * EntityLabels.Lanes)..]);
            finite += sum - sum;
        }

        return finite == Vector512<float>.Zero;
    }

    /// <summary>Forward steps 1..n-1 in pairs of 8-float vectors, then the final sum; false when single precision did not hold.</summary>
    private bool Forward256(ReadOnlySpan<float> emissions, Span<float> alpha, Span<float> scale, int n)
    {
        var held = true;
        var fromBegin = (Vector256.Create<float>(_fromBegin), Vector256.Create<float>(_fromBegin.AsSpan(8)));
        var fromInside = (Vector256.Create<float>(_fromInside), Vector256.Create<float>(_fromInside.AsSpan(8)));
        for (var i = 1; i < n; i++)
        {
            var previous = alpha.Slice((i - 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var lo = Vector256.Create<float>(previous);
            var hi = Vector256.Create<float>(previous[8..]);
            var s0 = (Vector256.Shuffle(lo, ViterbiDecoder.FromBeginLo) * fromBegin.Item1) + (Vector256.Shuffle(lo, ViterbiDecoder.FromInsideLo) * fromInside.Item1);
            var s1 = (Vector256.Shuffle(hi, ViterbiDecoder.FromBeginHi) * fromBegin.Item2) + (Vector256.Shuffle(hi, ViterbiDecoder.FromInsideHi) * fromInside.Item2);
            foreach (var p in ViterbiDecoder.Closers)
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
        return held && float.IsNormal(_final) && _final > 0;
    }

    /// <summary>Backward steps n-2..0 in pairs of 8-float vectors; false when a value overflowed.</summary>
    private bool Backward256(ReadOnlySpan<float> emissions, Span<float> beta, ReadOnlySpan<float> scale, int n)
    {
        _end.CopyTo(beta.Slice((n - 1) * EntityLabels.Lanes, EntityLabels.Lanes));
        Span<float> weighted = stackalloc float[EntityLabels.Lanes];

        // x - x is 0 for a finite x and NaN otherwise: one check at the end covers every backward value.
        var finite = Vector256<float>.Zero;
        var intoInside = (Vector256.Create<float>(_intoInside), Vector256.Create<float>(_intoInside.AsSpan(8)));
        var intoLast = (Vector256.Create<float>(_intoLast), Vector256.Create<float>(_intoLast.AsSpan(8)));
        for (var i = n - 2; i >= 0; i--)
        {
            var nextEmissions = emissions.Slice((i + 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var nextBeta = beta.Slice((i + 1) * EntityLabels.Lanes, EntityLabels.Lanes);
            var inverse = Vector256.Create(1f / scale[i + 1]);
            (Vector256.Create<float>(nextEmissions) * Vector256.Create<float>(nextBeta) * inverse).CopyTo(weighted);
            (Vector256.Create<float>(nextEmissions[8..]) * Vector256.Create<float>(nextBeta[8..]) * inverse).CopyTo(weighted[8..]);
            var w0 = Vector256.Create<float>(weighted);
            var w1 = Vector256.Create<float>(weighted[8..]);
            var b0 = (Vector256.Shuffle(w0, NextInsideLo) * intoInside.Item1) + (Vector256.Shuffle(w0, NextLastLo) * intoLast.Item1);
            var b1 = (Vector256.Shuffle(w1, NextInsideHi) * intoInside.Item2) + (Vector256.Shuffle(w1, NextLastHi) * intoLast.Item2);
            foreach (var q in ViterbiDecoder.Openers)
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

        return finite == Vector256<float>.Zero;
    }

    // Lane shuffles of the steps inside a name (lanes 0-7 and 8-15; the label layout of EntityLabels): forward, I-T and
    // L-T take B-T's (I-T's) value, the shuffles Viterbi takes; backward, B-T and I-T take I-T's (L-T's) weighted value.
    // Other lanes take lane 0 (of their half) and meet a zero potential. The 16-lane forms are the same shuffles.
    private static readonly Vector256<int> NextInsideLo = Vector256.Create(0, 2, 2, 0, 0, 6, 6, 0);
    private static readonly Vector256<int> NextInsideHi = Vector256.Create(0, 2, 2, 0, 0, 0, 0, 0);
    private static readonly Vector256<int> NextLastLo = Vector256.Create(0, 3, 3, 0, 0, 7, 7, 0);
    private static readonly Vector256<int> NextLastHi = Vector256.Create(0, 3, 3, 0, 0, 0, 0, 0);
    private static readonly Vector512<int> Begin = Wide(ViterbiDecoder.FromBeginLo, ViterbiDecoder.FromBeginHi);
    private static readonly Vector512<int> Inside = Wide(ViterbiDecoder.FromInsideLo, ViterbiDecoder.FromInsideHi);
    private static readonly Vector512<int> NextInside = Wide(NextInsideLo, NextInsideHi);
    private static readonly Vector512<int> NextLast = Wide(NextLastLo, NextLastHi);

    /// <summary>A 16-lane shuffle from the shuffles of its low and high halves (the high half's lanes 8 further on).</summary>
    private static Vector512<int> Wide(Vector256<int> low, Vector256<int> high) => Vector512.Create(low, high + Vector256.Create(8));

    /// <summary>Every lane the largest of the 8 (three shuffles).</summary>
    private static Vector256<float> MaxAcrossLanes(Vector256<float> values)
    {
        var max = Vector256.Max(values, Vector256.Shuffle(values, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
        max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
        return Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
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
            var max = MaxAcrossLanes(Vector256.Max(low, Vector256.ConditionalSelect(valid, high, low)));
            var destination = emissions.Slice(i * EntityLabels.Lanes, EntityLabels.Lanes);
            ExpNonPositive(scale * (low - max)).CopyTo(destination);
            (ExpNonPositive(scale * (high - max)) & valid).CopyTo(destination[8..]);
        }
    }

    /// <summary>
    /// e^x for x ≤ 0 in single precision, within about 2e-7 of e^x relative (as single precision rounds) and 0 below
    /// -87.3, where e^x is no longer a normal number: x = k ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor polynomial of
    /// degree 6, 2^k into the exponent bits. Several times as fast as <see cref="Vector256.Exp(Vector256{float})"/>,
    /// which computes in double precision, and exp is most of forward-backward's cost.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> ExpNonPositive(Vector256<float> x)
    {
        var lowest = Vector256.Create(-87.3f);
        var clamped = Vector256.Max(x, lowest);
        var k = Vector256.Round(clamped * Vector256.Create(1.44269504f));
        var r = Vector256.FusedMultiplyAdd(k, Vector256.Create(-0.693145752f), clamped);
        r = Vector256.FusedMultiplyAdd(k, Vector256.Create(-1.42860677e-6f), r);
        var p = Vector256.FusedMultiplyAdd(Vector256.Create(1f / 720), r, Vector256.Create(1f / 120));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1f / 24));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1f / 6));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(0.5f));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<float>.One);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256<float>.One);
        var twoToK = ((Vector256.ConvertToInt32(k) + Vector256.Create(127)) << 23).AsSingle();
        return Vector256.ConditionalSelect(Vector256.LessThan(x, lowest), Vector256<float>.Zero, p * twoToK);
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
