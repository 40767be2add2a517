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
    /// The largest document, in tokens, whose stage-two sums are kept for the second stage (about 5 MB); larger
    /// documents score their windows again for it. Settable for tests that compare the two paths.
    /// </summary>
    internal static int MaxCachedSumsTokens { get; set; } = 100_000;

    private readonly TwoStageScorer _scorer;

    /// <summary>
    /// Builds a model from its parts: the lexicon, each stage's transitions, and the merged emission table, which read
    /// the model file <paramref name="file"/> in place.
    /// </summary>
    public EntityModel(Lexicon lexicon, LinearChainWeights first, LinearChainWeights? second, TwoStageScorer scorer, string description, ModelMemory file)
    {
        File = file;
        Extractor = new FeatureExtractor(lexicon);
        First = first;
        Second = second;
        _scorer = scorer;
        Description = description;
    }

    /// <summary>The model file, which <see cref="ModelFormat.Write"/> writes back.</summary>
    public ModelMemory File { get; }

    public FeatureExtractor Extractor { get; }

    public LinearChainWeights First { get; }

    public LinearChainWeights? Second { get; }

    public string Description { get; }

    /// <summary>The merged emission table both stages score from.</summary>
    public TwoStageScorer Scorer => _scorer;

    /// <summary>Tags every token of a document with a BILOU label; adds entity mentions when <paramref name="mentions"/> is given.</summary>
    public void Tag(string? text, ReadOnlySpan<char> span, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels,
        FeatureScratch scratch, List<EntityMention>? mentions)
    {
        var windows = scratch.Windows(sentences, MaxWindowTokens);
        if (Second is null)
        {
            TagOneStage(text, span, tokens, windows, labels, scratch, mentions);
            return;
        }

        // Stage one scores both stages at once (stage two adds only its hint rows later). A document small enough
        // keeps its stage-two sums for the second pass; a larger one scores its windows again, which gives the same
        // sums, because both passes compute them the same way. Each token's lowercase hash and casing, which the hints
        // need, are kept for every document.
        var cache = scratch.Words(_scorer);
        var keep = tokens.Length <= MaxCachedSumsTokens;
        var documentSums = keep ? scratch.DocumentScores(tokens.Length * EntityLabels.Count) : default;
        var lowers = scratch.DocumentLowers(tokens.Length);
        var caps = scratch.DocumentCaps(tokens.Length);
        foreach (var (first, n) in windows)
        {
            var facts = scratch.Facts(n);
            var secondSums = keep ? documentSums.Slice(first * EntityLabels.Count, n * EntityLabels.Count) : scratch.SecondScores(n);
            var scores = scratch.Scores(n);
            ScoreWindow(cache, span, tokens.Slice(first, n), facts, scores, secondSums, scratch);
            for (var i = 0; i < n; i++)
            {
                lowers[first + i] = facts[i].Lower;
                caps[first + i] = facts[i].Caps;
            }

            First.Viterbi(scores, n, labels.Slice(first, n), scratch.BackPointers(n));
        }

        var hints = scratch.Hints(tokens.Length);
        DocumentHints.Compute(span, tokens, labels, lowers, hints, scratch.Votes);
        Span<ulong> hintFeatures = stackalloc ulong[FeatureExtractor.HintFeatureCount];
        foreach (var (first, n) in windows)
        {
            var scores = scratch.Scores(n);
            if (keep)
            {
                documentSums.Slice(first * EntityLabels.Count, n * EntityLabels.Count).CopyTo(scores);
            }
            else
            {
                ScoreWindow(cache, span, tokens.Slice(first, n), scratch.Facts(n), scratch.SecondScores(n), scores, scratch);
            }

            for (var i = 0; i < n; i++)
            {
                var hint = hints[first + i];
                if (hint == 0)
                {
                    continue;
                }

                FeatureExtractor.HintFeatures(lowers[first + i], caps[first + i], hint, hintFeatures);
                foreach (var key in hintFeatures)
                {
                    _scorer.AddSecond(key, scores.Slice(i * EntityLabels.Count, EntityLabels.Count));
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

    /// <summary>Describes a window's tokens through the word cache and scores both stages.</summary>
    private void ScoreWindow(WordCache cache, ReadOnlySpan<char> span, ReadOnlySpan<Token> tokens, Span<TokenFacts> facts,
        Span<float> firstScores, Span<float> secondScores, FeatureScratch scratch)
    {
        var entries = scratch.Entries(tokens.Length);
        cache.Describe(Extractor, span, tokens, facts, entries, scratch);
        Extractor.Contextualize(facts);
        _scorer.Score(cache, entries, facts, firstScores, secondScores, scratch.ContextKeys(tokens.Length), scratch.Counts(tokens.Length));
    }

    /// <summary>Tags with a one-stage model: stage one's scores from the merged table (its stage-two half is zero).</summary>
    private void TagOneStage(string? text, ReadOnlySpan<char> span, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Count)> windows,
        Span<int> labels, FeatureScratch scratch, List<EntityMention>? mentions)
    {
        var cache = scratch.Words(_scorer);
        foreach (var (first, n) in windows)
        {
            var windowTokens = tokens.Slice(first, n);
            var scores = scratch.Scores(n);
            ScoreWindow(cache, span, windowTokens, scratch.Facts(n), scores, scratch.SecondScores(n), scratch);
            var windowLabels = labels.Slice(first, n);
            First.Viterbi(scores, n, windowLabels, scratch.BackPointers(n));
            if (mentions is not null && text is not null)
            {
                AddMentions(First, text, windowTokens, first, windowLabels, scores, scratch, mentions);
            }
        }
    }

    /// <summary>A span probability as a mention's score: four decimals, never 0 or 1 (no model is ever certain).</summary>
    internal static double Confidence(double probability) => Math.Clamp(Math.Round(probability, 4), MinScore, MaxScore);

    private const double MinScore = 0.0001;
    private const double MaxScore = 0.9999;

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
                scratch.Marginals.Compute(weights, scores, n);
                marginalsReady = true;
            }

            var probability = scratch.Marginals.SpanProbability(labels, i, last);
            if (!double.IsFinite(probability))
            {
                throw new InvalidOperationException($"The confidence of a mention came out as {probability}; please report this with the input text.");
            }

            mentions.Add(new EntityMention(EntityLabels.TypeOf(labels[i]), start, length, surface,
                baseLength == length ? surface : surface[..baseLength], Confidence(probability), offset + i, last - i + 1));
            i = last;
        }
    }
}
