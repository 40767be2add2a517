namespace Nlp.Turkish.Entities;

/// <summary>
/// Per-thread buffers of scaled forward-backward (<see cref="LinearChainWeights.Marginals(ReadOnlySpan{float}, int, ChainMarginals)"/>):
/// emission potentials, scaled forward and backward vectors (rows of <see cref="Padded"/> floats) and per-position
/// scales, plus the exponentiated transition, start and end potentials of the last weights and temperature used, which
/// are reused while those stay the same.
/// </summary>
internal sealed class ChainMarginals
{
    /// <summary>The row length of the padded tables: 13 labels and 3 zeros, two vectors of eight.</summary>
    public const int Padded = 16;

    private const int L = EntityLabels.Count;

    private float[] _emissions = new float[64 * Padded];
    private float[] _alpha = new float[64 * Padded];
    private float[] _beta = new float[64 * Padded];
    private float[] _scale = new float[64];
    private readonly float[] _rows = new float[L * Padded];
    private readonly float[] _columns = new float[L * Padded];
    private readonly float[] _start = new float[Padded];
    private readonly float[] _end = new float[Padded];
    private LinearChainWeights? _weights;
    private double _inverseTemperature;
    private int _n;

    /// <summary>Σ over labels of the last scaled forward vector times the end potentials.</summary>
    public float Final { get; set; }

    /// <summary>The start potentials, padded to <see cref="Padded"/>.</summary>
    public ReadOnlySpan<float> StartPotentials => _start;

    /// <summary>The end potentials, padded to <see cref="Padded"/>.</summary>
    public ReadOnlySpan<float> EndPotentials => _end;

    /// <summary>The transition potentials, row <c>p</c> (from label p) padded to <see cref="Padded"/>.</summary>
    public ReadOnlySpan<float> PaddedTransitions => _rows;

    /// <summary>The transition potentials transposed, row <c>q</c> (into label q) padded to <see cref="Padded"/>.</summary>
    public ReadOnlySpan<float> PaddedColumns => _columns;

    public ReadOnlySpan<float> CurrentEmissions => _emissions.AsSpan(0, _n * Padded);

    public ReadOnlySpan<float> CurrentAlpha => _alpha.AsSpan(0, _n * Padded);

    public ReadOnlySpan<float> CurrentBeta => _beta.AsSpan(0, _n * Padded);

    public ReadOnlySpan<float> CurrentScale => _scale.AsSpan(0, _n);

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

    public Span<float> Emissions(int n)
    {
        _n = n;
        return Grow(ref _emissions, n * Padded);
    }

    public Span<float> Alpha(int n) => Grow(ref _alpha, n * Padded);

    public Span<float> Beta(int n) => Grow(ref _beta, n * Padded);

    public Span<float> Scale(int n) => Grow(ref _scale, n);

    private static void Exponentiate(ReadOnlySpan<float> weights, Span<float> potentials, double t)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            potentials[i] = weights[i] <= ViterbiDecoder.Forbidden ? 0f : (float)Math.Exp(t * weights[i]);
        }
    }

    private static Span<float> Grow(ref float[] array, int size)
    {
        if (array.Length < size)
        {
            array = new float[Math.Max(size, array.Length * 2)];
        }

        return array.AsSpan(0, size);
    }
}
