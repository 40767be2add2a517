using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// Reusable buffers of training: a sentence's facts and feature keys while it is featurized, its scores, labels and back
/// pointers while the perceptron decodes it, and forward-backward's while calibrating. One thread uses one.
/// </summary>
internal sealed class TrainingBuffers
{
    private TokenFacts[] _facts = new TokenFacts[64];
    private ulong[] _features = new ulong[64 * FeatureExtractor.MaxFeaturesPerToken];
    private int[] _counts = new int[64];
    private float[] _scores = new float[64 * EntityLabels.Count];
    private int[] _labels = new int[64];
    private int[] _backPointers = new int[64 * EntityLabels.Count];

    public Span<TokenFacts> Facts(int tokens) => ScratchArrays.Take(ref _facts, tokens);

    public Span<ulong> Features(int tokens) => ScratchArrays.Take(ref _features, tokens * FeatureExtractor.MaxFeaturesPerToken);

    public Span<int> Counts(int tokens) => ScratchArrays.Take(ref _counts, tokens);

    public Span<float> Scores(int tokens) => ScratchArrays.Take(ref _scores, tokens * EntityLabels.Count);

    public Span<int> Labels(int tokens) => ScratchArrays.Take(ref _labels, tokens);

    public Span<int> BackPointers(int tokens) => ScratchArrays.Take(ref _backPointers, tokens * EntityLabels.Count);

    public ChainMarginals Marginals { get; } = new();
}
