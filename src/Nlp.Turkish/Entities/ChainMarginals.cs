namespace Nlp.Turkish.Entities;

/// <summary>
/// Per-thread buffers of scaled forward-backward (<see cref="LinearChainWeights.Marginals(ReadOnlySpan{float}, int, ChainMarginals)"/>):
/// emission potentials, scaled forward and backward vectors and per-position scales, plus the exponentiated transition,
/// start and end potentials of the last weights and temperature used, which are reused while those stay the same.
/// </summary>
internal sealed class ChainMarginals
{
    /// <summary>The row length of the padded transition tables: 13 labels and 3 zeros, four vectors of four.</summary>
    public const int Padded = 16;

    private const int L = EntityLabels.Count;

    private double[] _emissions = new double[64 * L];
    private double[] _alpha = new double[64 * L];
    private double[] _beta = new double[64 * L];
    private double[] _scale = new double[64];
    private readonly double[] _rows = new double[L * Padded];
    private readonly double[] _columns = new double[L * Padded];
    private readonly double[] _start = new double[L];
    private readonly double[] _end = new double[L];
    private LinearChainWeights? _weights;
    private double _inverseTemperature;
    private int _n;

    /// <summary>Σ over labels of the last scaled forward vector times the end potentials.</summary>
    public double Final { get; set; }

    public ReadOnlySpan<double> StartPotentials => _start;

    public ReadOnlySpan<double> EndPotentials => _end;

    /// <summary>The transition potentials, row <c>p</c> (from label p) padded to <see cref="Padded"/>.</summary>
    public ReadOnlySpan<double> PaddedTransitions => _rows;

    /// <summary>The transition potentials transposed, row <c>q</c> (into label q) padded to <see cref="Padded"/>.</summary>
    public ReadOnlySpan<double> PaddedColumns => _columns;

    public ReadOnlySpan<double> CurrentEmissions => _emissions.AsSpan(0, _n * L);

    public ReadOnlySpan<double> CurrentAlpha => _alpha.AsSpan(0, _n * L);

    public ReadOnlySpan<double> CurrentBeta => _beta.AsSpan(0, _n * L);

    public ReadOnlySpan<double> CurrentScale => _scale.AsSpan(0, _n);

    /// <summary>Makes the potentials those of <paramref name="weights"/> at <paramref name="inverseTemperature"/>.</summary>
    public void Prepare(LinearChainWeights weights, double inverseTemperature)
    {
        if (!ReferenceEquals(weights, _weights) || inverseTemperature != _inverseTemperature)
        {
            Exponentiate(weights.Start, _start, inverseTemperature);
            Exponentiate(weights.End, _end, inverseTemperature);
            for (var p = 0; p < L; p++)
            {
                Exponentiate(weights.Transitions.Slice(p * L, L), _rows.AsSpan(p * Padded, L), inverseTemperature);
                for (var y = 0; y < L; y++)
                {
                    _columns[(y * Padded) + p] = _rows[(p * Padded) + y];
                }
            }

            _weights = weights;
            _inverseTemperature = inverseTemperature;
        }
    }

    public Span<double> Emissions(int n)
    {
        _n = n;
        return Grow(ref _emissions, n * L);
    }

    public Span<double> Alpha(int n) => Grow(ref _alpha, n * L);

    public Span<double> Beta(int n) => Grow(ref _beta, n * L);

    public Span<double> Scale(int n) => Grow(ref _scale, n);

    private static void Exponentiate(ReadOnlySpan<float> weights, Span<double> potentials, double t)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            potentials[i] = weights[i] <= ViterbiDecoder.Forbidden ? 0.0 : Math.Exp(t * (double)weights[i]);
        }
    }

    private static Span<double> Grow(ref double[] array, int size)
    {
        if (array.Length < size)
        {
            array = new double[Math.Max(size, array.Length * 2)];
        }

        return array.AsSpan(0, size);
    }
}
