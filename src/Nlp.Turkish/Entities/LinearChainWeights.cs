using System.Runtime.Intrinsics;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The weights of one linear-chain tagger: an emission row of <see cref="EntityLabels.Count"/> weights per feature
/// (as trained; a model scores through the merged table of <see cref="TwoStageScorer"/>), label-to-label transition
/// weights, and start and end weights. Decoding is Viterbi restricted to valid BILOU sequences; confidences come from
/// forward-backward over the same scores scaled by a calibrated temperature. Immutable and thread-safe.
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

    /// <summary>
    /// Runs scaled forward-backward over a sentence's scores under the temperature-scaled chain; afterwards
    /// <see cref="SpanProbability"/> answers for any span of the sentence.
    /// </summary>
    public void Marginals(ReadOnlySpan<float> scores, int n, ChainMarginals marginals) => Marginals(scores, n, marginals, 1.0 / Temperature);

    /// <summary>
    /// As <see cref="Marginals(ReadOnlySpan{float}, int, ChainMarginals)"/> at a given inverse temperature. Works in
    /// probability space with each position's forward vector normalized to sum 1 (its scale kept), so it needs 13
    /// exponentials a token rather than a log-sum-exp per label pair; single precision is ample for that (every vector
    /// is normalized, every potential at most 1 or a transition's).
    /// </summary>
    public void Marginals(ReadOnlySpan<float> scores, int n, ChainMarginals marginals, double inverseTemperature)
    {
        marginals.Prepare(this, inverseTemperature);
        var emissions = marginals.Emissions(n);
        var alpha = marginals.Alpha(n);
        var beta = marginals.Beta(n);
        var scale = marginals.Scale(n);

        Emissions(scores, n, (float)inverseTemperature, emissions);
        ForwardBackward(n, marginals, emissions, alpha, beta, scale);
    }

    /// <summary>
    /// The emission potentials exp(t (score - max)) of each token's 13 scores, a row of
    /// <see cref="ChainMarginals.Padded"/> a token (the row's max subtracted so that the largest potential is 1; the 3
    /// padding lanes 0).
    /// </summary>
    private static void Emissions(ReadOnlySpan<float> scores, int n, float t, Span<float> emissions)
    {
        const int P = ChainMarginals.Padded;
        Span<float> row = stackalloc float[P];
        var scale = Vector256.Create(t);
        var valid = Vector256.Create(-1, -1, -1, -1, -1, 0, 0, 0).AsSingle();
        for (var i = 0; i < n; i++)
        {
            var scoresRow = scores.Slice(i * L, L);
            scoresRow.CopyTo(row);
            var low = Vector256.Create<float>(row);
            var high = Vector256.Create<float>(row[8..]);
            var max = Vector256.Max(low, Vector256.ConditionalSelect(valid, high, low));
            max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
            max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
            max = Vector256.Max(max, Vector256.Shuffle(max, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
            var destination = emissions.Slice(i * P, P);
            Vector256.Exp(scale * (low - max)).CopyTo(destination);
            (Vector256.Exp(scale * (high - max)) & valid).CopyTo(destination[8..]);
        }
    }

    /// <summary>
    /// Scaled forward-backward over emission potentials, 16 lanes a row (13 labels and 3 zeros) in two 8-float vectors.
    /// Each step sums over all 13 labels in label order; a forbidden step has potential 0 and adds +0, which changes
    /// no sum, so the result is that of summing the valid steps alone.
    /// </summary>
    private static void ForwardBackward(int n, ChainMarginals marginals, ReadOnlySpan<float> emissions,
        Span<float> alpha, Span<float> beta, Span<float> scale)
    {
        const int P = ChainMarginals.Padded;
        var rows = marginals.PaddedTransitions;
        var columns = marginals.PaddedColumns;
        var start = marginals.StartPotentials;
        var a0 = Vector256.Create<float>(start) * Vector256.Create(emissions);
        var a1 = Vector256.Create<float>(start[8..]) * Vector256.Create(emissions[8..]);
        Store(alpha, 0, a0, a1, scale);
        for (var i = 1; i < n; i++)
        {
            var previous = alpha.Slice((i - 1) * P, P);
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            for (var p = 0; p < L; p++)
            {
                var v = Vector256.Create(previous[p]);
                var row = rows.Slice(p * P, P);
                s0 += v * Vector256.Create(row);
                s1 += v * Vector256.Create(row[8..]);
            }

            var e = emissions.Slice(i * P, P);
            Store(alpha, i, s0 * Vector256.Create(e), s1 * Vector256.Create(e[8..]), scale);
        }

        var end = marginals.EndPotentials;
        var last = alpha.Slice((n - 1) * P, P);
        var final = Vector256.Create<float>(last) * Vector256.Create(end) + (Vector256.Create<float>(last[8..]) * Vector256.Create(end[8..]));
        marginals.Final = Vector256.Sum(final);
        end.CopyTo(beta.Slice((n - 1) * P, P));
        Span<float> weighted = stackalloc float[P];
        for (var i = n - 2; i >= 0; i--)
        {
            var nextEmissions = emissions.Slice((i + 1) * P, P);
            var nextBeta = beta.Slice((i + 1) * P, P);
            var inverse = Vector256.Create(1f / scale[i + 1]);
            (Vector256.Create(nextEmissions) * Vector256.Create<float>(nextBeta) * inverse).CopyTo(weighted);
            (Vector256.Create(nextEmissions[8..]) * Vector256.Create<float>(nextBeta[8..]) * inverse).CopyTo(weighted[8..]);
            var b0 = Vector256<float>.Zero;
            var b1 = Vector256<float>.Zero;
            for (var q = 0; q < L; q++)
            {
                var w = Vector256.Create(weighted[q]);
                var column = columns.Slice(q * P, P);
                b0 += Vector256.Create(column) * w;
                b1 += Vector256.Create(column[8..]) * w;
            }

            var destination = beta.Slice(i * P, P);
            b0.CopyTo(destination);
            b1.CopyTo(destination[8..]);
        }
    }

    /// <summary>Writes a forward vector normalized to sum 1 (any sum when it is 0) and keeps its scale.</summary>
    private static void Store(Span<float> alpha, int i, Vector256<float> low, Vector256<float> high, Span<float> scale)
    {
        var sum = Vector256.Sum(low + high);
        var s = sum > 0 ? sum : 1f;
        scale[i] = s;
        var inverse = Vector256.Create(1f / s);
        var destination = alpha.Slice(i * ChainMarginals.Padded, ChainMarginals.Padded);
        (low * inverse).CopyTo(destination);
        (high * inverse).CopyTo(destination[8..]);
    }

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="last"/> carry exactly
    /// <paramref name="labels"/> there: for an entity span, that this exact span has this type. Needs the
    /// <paramref name="marginals"/> that <see cref="Marginals(ReadOnlySpan{float}, int, ChainMarginals)"/> computed for the sentence.
    /// </summary>
    public static double SpanProbability(ReadOnlySpan<int> labels, int first, int last, ChainMarginals marginals)
    {
        const int P = ChainMarginals.Padded;
        var transitions = marginals.PaddedTransitions;
        var emissions = marginals.CurrentEmissions;
        var scale = marginals.CurrentScale;
        double path = marginals.CurrentAlpha[(first * P) + labels[first]];
        for (var i = first + 1; i <= last; i++)
        {
            path *= (double)transitions[(labels[i - 1] * P) + labels[i]] * emissions[(i * P) + labels[i]] / scale[i];
        }

        path *= marginals.CurrentBeta[(last * P) + labels[last]];
        return marginals.Final > 0 ? Math.Clamp(path / marginals.Final, 0.0, 1.0) : 0.0;
    }

    private static float[] Constrain(float[] weights, Func<int, int, bool> allowed)
    {
        var result = (float[])weights.Clone();
        ViterbiDecoder.Constrain(result, allowed);
        return result;
    }
}
