namespace Nlp.Turkish.Entities;

/// <summary>
/// A trained entity model: the feature extractor with its lexicon, and one or two linear-chain taggers. The second
/// stage sees document-level hints built from the first stage's output (how the same word was tagged elsewhere in the
/// document), which keeps a name consistent across an article: a surname alone in a later sentence, a name at the start
/// of a sentence. Immutable and thread-safe.
/// </summary>
internal sealed class EntityModel
{
    /// <summary>The most tokens tagged as one sequence.</summary>
    public const int MaxWindowTokens = 1000;

    /// <summary>
    /// The largest document, in tokens, whose token facts and stage-two sums are kept for the second stage (about
    /// 25 MB); larger documents run the stages one after the other. Settable for tests that compare the two paths.
    /// </summary>
    internal static int MaxCachedFactsTokens { get; set; } = 100_000;

    private readonly TwoStageScorer? _scorer;

    public EntityModel(Lexicon lexicon, LinearChainWeights first, LinearChainWeights? second, string description)
    {
        Extractor = new FeatureExtractor(lexicon);
        First = first;
        Second = second;
        Description = description;
        _scorer = second is null ? null : new TwoStageScorer(first, second);
    }

    public FeatureExtractor Extractor { get; }

    public LinearChainWeights First { get; }

    public LinearChainWeights? Second { get; }

    public string Description { get; }

    /// <summary>Tags every token of a document with a BILOU label; adds entity mentions when <paramref name="mentions"/> is given.</summary>
    public void Tag(string? text, ReadOnlySpan<char> span, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels,
        FeatureScratch scratch, List<EntityMention>? mentions)
    {
        if (Second is null)
        {
            TagStage(First, text, span, tokens, sentences, [], labels, scratch, mentions);
            return;
        }

        if (tokens.Length > MaxCachedFactsTokens)
        {
            // Too large to keep per-token facts and stage-two sums: run the stages one after the other.
            TagStage(First, null, span, tokens, sentences, [], labels, scratch, null);
            var largeHints = scratch.Hints(tokens.Length);
            DocumentHints.Compute(span, tokens, labels, largeHints);
            TagStage(Second, text, span, tokens, sentences, largeHints, labels, scratch, mentions);
            return;
        }

        // Token facts and stage two's non-hint sums do not depend on stage one's output: one pass computes both,
        // stage two then adds its hint rows.
        var facts = scratch.DocumentFacts(tokens.Length);
        var secondSums = scratch.DocumentScores(tokens.Length * EntityLabels.Count);
        foreach (var sentence in sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += MaxWindowTokens)
            {
                var n = Math.Min(MaxWindowTokens, sentence.EndToken - first);
                var windowFacts = facts.Slice(first, n);
                Extractor.Describe(span, tokens.Slice(first, n), windowFacts, scratch);
                var features = scratch.Features(n);
                var counts = scratch.Counts(n);
                FeatureExtractor.Extract(windowFacts, [], features, counts);
                var scores = scratch.Scores(n);
                _scorer!.Score(features, counts, n, scores, secondSums.Slice(first * EntityLabels.Count, n * EntityLabels.Count));
                First.Viterbi(scores, n, labels.Slice(first, n), scratch.BackPointers(n));
            }
        }

        var hints = scratch.Hints(tokens.Length);
        DocumentHints.Compute(span, tokens, labels, hints);
        Span<ulong> hintFeatures = stackalloc ulong[FeatureExtractor.HintFeatureCount];
        foreach (var sentence in sentences)
        {
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += MaxWindowTokens)
            {
                var n = Math.Min(MaxWindowTokens, sentence.EndToken - first);
                var scores = scratch.Scores(n);
                secondSums.Slice(first * EntityLabels.Count, n * EntityLabels.Count).CopyTo(scores);
                for (var i = 0; i < n; i++)
                {
                    if (hints[first + i] == 0)
                    {
                        continue;
                    }

                    FeatureExtractor.HintFeatures(facts[first + i], hints[first + i], hintFeatures);
                    foreach (var key in hintFeatures)
                    {
                        var row = Second.Find(key);
                        if (row >= 0)
                        {
                            Second.AddRow(row, scores.Slice(i * EntityLabels.Count, EntityLabels.Count));
                        }
                    }
                }

                var windowLabels = labels.Slice(first, n);
                Second.Viterbi(scores, n, windowLabels, scratch.BackPointers(n));
                if (mentions is not null && text is not null)
                {
                    AddMentions(Second, text, tokens.Slice(first, n), first, windowLabels, scores, scratch, mentions);
                }
            }
        }
    }

    private void TagStage(LinearChainWeights weights, string? text, ReadOnlySpan<char> span, ReadOnlySpan<Token> tokens,
        ReadOnlySpan<Sentence> sentences, ReadOnlySpan<byte> hints, Span<int> labels, FeatureScratch scratch, List<EntityMention>? mentions)
    {
        foreach (var sentence in sentences)
        {
            // A run-away "sentence" (a list, a table, text without punctuation) is tagged in windows, which bounds
            // the scratch memory; a name cut by a window edge is the price of input that has no sentences.
            for (var first = sentence.FirstToken; first < sentence.EndToken; first += MaxWindowTokens)
            {
                var n = Math.Min(MaxWindowTokens, sentence.EndToken - first);
                var windowTokens = tokens.Slice(first, n);
                var facts = scratch.Facts(n);
                Extractor.Describe(span, windowTokens, facts, scratch);

                var features = scratch.Features(n);
                var counts = scratch.Counts(n);
                FeatureExtractor.Extract(facts, hints.IsEmpty ? [] : hints.Slice(first, n), features, counts);
                var scores = scratch.Scores(n);
                weights.Score(features, counts, n, scores);
                var windowLabels = labels.Slice(first, n);
                weights.Viterbi(scores, n, windowLabels, scratch.BackPointers(n));
                if (mentions is not null && text is not null)
                {
                    AddMentions(weights, text, windowTokens, first, windowLabels, scores, scratch, mentions);
                }
            }
        }
    }

    private static void AddMentions(LinearChainWeights weights, string text, ReadOnlySpan<Token> tokens, int offset, ReadOnlySpan<int> labels,
        ReadOnlySpan<float> scores, FeatureScratch scratch, List<EntityMention> mentions)
    {
        var n = tokens.Length;
        var marginalsReady = false;
        for (var i = 0; i < n; i++)
        {
            var position = EntityLabels.PositionOf(labels[i]);
            if (position is not (EntityLabels.Position.Begin or EntityLabels.Position.Unit))
            {
                continue;
            }

            var last = i;
            while (EntityLabels.PositionOf(labels[last]) is not (EntityLabels.Position.Last or EntityLabels.Position.Unit))
            {
                last++;
            }

            var start = tokens[i].Start;
            var length = tokens[last].End - start;
            var surface = text.Substring(start, length);
            var baseLength = last + 1 < n && tokens[last + 1].Kind == TokenKind.Suffix
                ? length
                : Text.CaseSuffixes.BaseLength(surface);
            if (!marginalsReady)
            {
                weights.Marginals(scores, n, scratch.Marginals);
                marginalsReady = true;
            }

            var probability = LinearChainWeights.SpanProbability(labels, i, last, scratch.Marginals);
            mentions.Add(new EntityMention(EntityLabels.TypeOf(labels[i]), start, length, surface,
                baseLength == length ? surface : surface[..baseLength], Math.Round(probability, 4), offset + i, last - i + 1));
            i = last;
        }
    }
}
