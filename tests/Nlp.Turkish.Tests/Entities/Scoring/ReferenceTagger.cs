using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// The slow twin of <see cref="EntityModel.Tag"/>, written the way the model is defined: each token's score is the sum
/// of its features' weights as <see cref="FeatureExtractor.Extract(ReadOnlySpan{char}, ReadOnlySpan{Token}, Span{TokenFacts}, ReadOnlySpan{DocumentHint}, Span{ulong}, Span{int})"/>
/// lists them; stage one decodes by Viterbi; the hints come from stage one's labels; stage two decodes again with the
/// hint features added, from its marginals (<see cref="PosteriorDecoder"/>, held to enumeration by its own tests). No
/// cache, no merged passes, no dense indexes.
/// </summary>
internal static class ReferenceTagger
{
    private const int L = EntityLabels.Count;

    /// <summary>Each token's summed weights, stage one's 13 then stage two's 13, with the given hints (or none).</summary>
    public static float[][] Sums(EntityModel model, string text, ReadOnlySpan<Token> window, ReadOnlySpan<DocumentHint> hints)
    {
        var n = window.Length;
        var features = new ulong[n * FeatureExtractor.MaxFeaturesPerToken];
        var counts = new int[n];
        model.Extractor.Extract(text, window, new TokenFacts[n], hints, features, counts);
        var sums = new float[n][];
        for (var i = 0; i < n; i++)
        {
            sums[i] = new float[WordCache.SumLength];
            model.Emissions.Sum(features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]), sums[i]);
        }

        return sums;
    }

    /// <summary>Stage one's labels, the hints they give, and stage two's labels, for a document of one section.</summary>
    public static (int[] StageOne, DocumentHint[] Hints, int[] StageTwo) Tag(EntityModel model, string text, Token[] tokens, Sentence[] sentences)
    {
        var windows = DocumentWindows.Of(sentences, EntityModel.MaxWindowTokens, []).ToArray();
        var stageOne = Decode(model, model.First, text, tokens, windows, [], stage: 0);
        var lowers = tokens.Select(t => FeatureHash.OfLower(t.GetSpan(text))).ToArray();
        var hints = new DocumentHint[tokens.Length];
        DocumentHints.Compute(text, tokens, stageOne, lowers, hints);
        var stageTwo = Decode(model, model.Second!, text, tokens, windows, hints, stage: 1);
        return (stageOne, hints, stageTwo);
    }

    private static int[] Decode(EntityModel model, ChainTransitions chain, string text, Token[] tokens, (int First, int Count)[] windows,
        DocumentHint[] hints, int stage)
    {
        var labels = new int[tokens.Length];
        foreach (var (first, n) in windows)
        {
            var sums = Sums(model, text, tokens.AsSpan(first, n), hints.Length == 0 ? [] : hints.AsSpan(first, n));
            var scores = new float[n * L];
            for (var i = 0; i < n; i++)
            {
                sums[i].AsSpan(stage * L, L).CopyTo(scores.AsSpan(i * L, L));
            }

            if (stage == 0)
            {
                chain.Viterbi(scores, n, labels.AsSpan(first, n), new int[n * L]);
            }
            else
            {
                var marginals = new ChainMarginals();
                marginals.Compute(chain, scores, n);
                PosteriorDecoder.Decode(marginals, n, new float[n * L], labels.AsSpan(first, n), new int[n * L]);
            }
        }

        return labels;
    }
}
