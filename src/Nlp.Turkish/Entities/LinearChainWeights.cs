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
    /// exponentials a token rather than a log-sum-exp per label pair.
    /// </summary>
    public void Marginals(ReadOnlySpan<float> scores, int n, ChainMarginals marginals, double inverseTemperature)
    {
        var t = inverseTemperature;
        marginals.Prepare(this, t);
        var emissions = marginals.Emissions(n);
        var alpha = marginals.Alpha(n);
        var beta = marginals.Beta(n);
        var scale = marginals.Scale(n);

        Emissions(scores, n, t, emissions);
        ForwardBackward(n, marginals, emissions, alpha, beta, scale);
    }

    /// <summary>
    /// The emission potentials exp(t (score - max)) of each token's 13 scores, four doubles at a time (the row's max
    /// subtracted so that the largest potential is 1).
    /// </summary>
    private static void Emissions(ReadOnlySpan<float> scores, int n, double t, Span<double> emissions)
    {
        Span<float> row = stackalloc float[16];
        Span<double> potentials = stackalloc double[16];
        var scale = Vector256.Create(t);
        for (var i = 0; i < n; i++)
        {
            var scoresRow = scores.Slice(i * L, L);
            var max = float.NegativeInfinity;
            foreach (var v in scoresRow)
            {
                max = Math.Max(max, v);
            }

            scoresRow.CopyTo(row);
            var shift = Vector256.Create((double)max);
            var (a, b) = Vector256.Widen(Vector256.Create<float>(row));
            var (c, d) = Vector256.Widen(Vector256.Create<float>(row[8..]));
            Vector256.Exp(scale * (a - shift)).CopyTo(potentials);
            Vector256.Exp(scale * (b - shift)).CopyTo(potentials[4..]);
            Vector256.Exp(scale * (c - shift)).CopyTo(potentials[8..]);
            Vector256.Exp(scale * (d - shift)).CopyTo(potentials[12..]);
            potentials[..L].CopyTo(emissions.Slice(i * L, L));
        }
    }

    /// <summary>
    /// Scaled forward-backward over emission potentials. Each step sums over all 13 labels in label order, four
    /// vectors of four at a time; a forbidden step has potential 0 and adds +0, which changes no sum, so the result is
    /// that of summing the valid steps alone.
    /// </summary>
    private static void ForwardBackward(int n, ChainMarginals marginals, Span<double> emissions,
        Span<double> alpha, Span<double> beta, Span<double> scale)
    {
        var startPotentials = marginals.StartPotentials;
        var sum = 0.0;
        for (var y = 0; y < L; y++)
        {
            alpha[y] = startPotentials[y] * emissions[y];
            sum += alpha[y];
        }

        Normalize(alpha[..L], scale, 0, sum);
        var rows = marginals.PaddedTransitions;
        var columns = marginals.PaddedColumns;
        Span<double> total = stackalloc double[ChainMarginals.Padded];
        for (var i = 1; i < n; i++)
        {
            var a0 = Vector256<double>.Zero;
            var a1 = Vector256<double>.Zero;
            var a2 = Vector256<double>.Zero;
            var a3 = Vector256<double>.Zero;
            var previous = alpha.Slice((i - 1) * L, L);
            for (var p = 0; p < L; p++)
            {
                var v = Vector256.Create(previous[p]);
                var row = rows.Slice(p * ChainMarginals.Padded, ChainMarginals.Padded);
                a0 += v * Vector256.Create(row);
                a1 += v * Vector256.Create(row[4..]);
                a2 += v * Vector256.Create(row[8..]);
                a3 += v * Vector256.Create(row[12..]);
            }

            a0.CopyTo(total);
            a1.CopyTo(total[4..]);
            a2.CopyTo(total[8..]);
            a3.CopyTo(total[12..]);
            sum = 0;
            for (var y = 0; y < L; y++)
            {
                alpha[(i * L) + y] = total[y] * emissions[(i * L) + y];
                sum += alpha[(i * L) + y];
            }

            Normalize(alpha.Slice(i * L, L), scale, i, sum);
        }

        var endPotentials = marginals.EndPotentials;
        var final = 0.0;
        for (var y = 0; y < L; y++)
        {
            beta[((n - 1) * L) + y] = endPotentials[y];
            final += alpha[((n - 1) * L) + y] * endPotentials[y];
        }

        marginals.Final = final;
        for (var i = n - 2; i >= 0; i--)
        {
            var b0 = Vector256<double>.Zero;
            var b1 = Vector256<double>.Zero;
            var b2 = Vector256<double>.Zero;
            var b3 = Vector256<double>.Zero;
            var nextEmissions = emissions.Slice((i + 1) * L, L);
            var nextBeta = beta.Slice((i + 1) * L, L);
            for (var q = 0; q < L; q++)
            {
                var e = Vector256.Create(nextEmissions[q]);
                var b = Vector256.Create(nextBeta[q]);
                var column = columns.Slice(q * ChainMarginals.Padded, ChainMarginals.Padded);
                b0 += Vector256.Create(column) * e * b;
                b1 += Vector256.Create(column[4..]) * e * b;
                b2 += Vector256.Create(column[8..]) * e * b;
                b3 += Vector256.Create(column[12..]) * e * b;
            }

            b0.CopyTo(total);
            b1.CopyTo(total[4..]);
            b2.CopyTo(total[8..]);
            b3.CopyTo(total[12..]);
            var s = scale[i + 1];
            for (var y = 0; y < L; y++)
            {
                beta[(i * L) + y] = total[y] / s;
            }
        }
    }

    /// <summary>
    /// The probability that tokens <paramref name="first"/>..<paramref name="last"/> carry exactly
    /// <paramref name="labels"/> there: for an entity span, that this exact span has this type. Needs the
    /// <paramref name="marginals"/> that <see cref="Marginals(ReadOnlySpan{float}, int, ChainMarginals)"/> computed for the sentence.
    /// </summary>
    public static double SpanProbability(ReadOnlySpan<int> labels, int first, int last, ChainMarginals marginals)
    {
        var transitions = marginals.PaddedTransitions;
        var emissions = marginals.CurrentEmissions;
        var scale = marginals.CurrentScale;
        var path = marginals.CurrentAlpha[(first * L) + labels[first]];
        for (var i = first + 1; i <= last; i++)
        {
            path *= transitions[(labels[i - 1] * ChainMarginals.Padded) + labels[i]] * emissions[(i * L) + labels[i]] / scale[i];
        }

        path *= marginals.CurrentBeta[(last * L) + labels[last]];
        return marginals.Final > 0 ? Math.Clamp(path / marginals.Final, 0.0, 1.0) : 0.0;
    }

    private static void Normalize(Span<double> vector, Span<double> scale, int i, double sum)
    {
        var s = sum > 0 ? sum : 1.0;
        scale[i] = s;
        for (var y = 0; y < vector.Length; y++)
        {
            vector[y] /= s;
        }
    }

    private static float[] Constrain(float[] weights, Func<int, int, bool> allowed)
    {
        var result = (float[])weights.Clone();
        ViterbiDecoder.Constrain(result, allowed);
        return result;
    }
}
