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
    /// The most tokens whose first-stage output feeds one set of document hints: a document longer than this (far
    /// longer than any article) is tagged as consecutive sections of whole windows, each with hints of its own, so
    /// that the cost per token and the memory of the hint buffers do not grow with the document. Settable for tests.
    /// </summary>
    internal static int MaxSectionTokens { get; set; } = 100_000;

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
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels,
        FeatureScratch scratch, List<EntityMention>? mentions)
    {
        var windows = scratch.Windows(sentences, MaxWindowTokens);
        if (Second is null)
        {
            TagOneStage(text, tokens, windows, labels, scratch, mentions);
            return;
        }

        var start = 0;
        while (start < windows.Length)
        {
            var first = windows[start].First;
            var end = start + 1;
            while (end < windows.Length && windows[end].First + windows[end].Count - first <= MaxSectionTokens)
            {
                end++;
            }

            TagSection(text, tokens, windows[start..end], labels, scratch, mentions);
            start = end;
        }
    }

    /// <summary>
    /// Tags consecutive windows with both stages: stage one, the document hints of its output, then stage two with
    /// them. Stage one's pass scores both stages at once (stage two adds only its hint rows later) and keeps the
    /// section's stage-two sums, each token's lowercase hash and casing for the second pass.
    /// </summary>
    private void TagSection(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Count)> windows, Span<int> labels,
        FeatureScratch scratch, List<EntityMention>? mentions)
    {
        var sectionFirst = windows[0].First;
        var sectionCount = windows[^1].First + windows[^1].Count - sectionFirst;
        var cache = scratch.Words(_scorer);
        var sectionSums = scratch.DocumentScores(sectionCount * EntityLabels.Count);
        var lowers = scratch.DocumentLowers(sectionCount);
        var caps = scratch.DocumentCaps(sectionCount);
        foreach (var (first, n) in windows)
        {
            var at = first - sectionFirst;
            var facts = scratch.Facts(n);
            var scores = scratch.Scores(n);
            ScoreWindow(cache, text, tokens.Slice(first, n), facts, scores, sectionSums.Slice(at * EntityLabels.Count, n * EntityLabels.Count), scratch);
            for (var i = 0; i < n; i++)
            {
                lowers[at + i] = facts[i].Lower;
                caps[at + i] = facts[i].Caps;
            }

            First.Viterbi(scores, n, labels.Slice(first, n), scratch.BackPointers(n));
        }

        var hints = scratch.Hints(sectionCount);
        DocumentHints.Compute(text, tokens.Slice(sectionFirst, sectionCount), labels.Slice(sectionFirst, sectionCount), lowers, hints, scratch.Votes);
        Span<ulong> hintFeatures = stackalloc ulong[FeatureExtractor.HintFeatureCount];
        foreach (var (first, n) in windows)
        {
            var at = first - sectionFirst;
            var scores = scratch.Scores(n);
            sectionSums.Slice(at * EntityLabels.Count, n * EntityLabels.Count).CopyTo(scores);
            for (var i = 0; i < n; i++)
            {
                var hint = hints[at + i];
                if (hint == 0)
                {
                    continue;
                }

                FeatureExtractor.HintFeatures(lowers[at + i], caps[at + i], hint, hintFeatures);
                foreach (var key in hintFeatures)
                {
                    _scorer.AddSecond(key, scores.Slice(i * EntityLabels.Count, EntityLabels.Count));
                }
            }

            var windowLabels = labels.Slice(first, n);
            Second!.Viterbi(scores, n, windowLabels, scratch.BackPointers(n));
            if (mentions is not null)
            {
                MentionBuilder.Add(Second, text, tokens.Slice(first, n), first, windowLabels, scores, scratch.Marginals, mentions);
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
    private void TagOneStage(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Count)> windows,
        Span<int> labels, FeatureScratch scratch, List<EntityMention>? mentions)
    {
        var cache = scratch.Words(_scorer);
        foreach (var (first, n) in windows)
        {
            var windowTokens = tokens.Slice(first, n);
            var scores = scratch.Scores(n);
            ScoreWindow(cache, text, windowTokens, scratch.Facts(n), scores, scratch.SecondScores(n), scratch);
            var windowLabels = labels.Slice(first, n);
            First.Viterbi(scores, n, windowLabels, scratch.BackPointers(n));
            if (mentions is not null)
            {
                MentionBuilder.Add(First, text, windowTokens, first, windowLabels, scores, scratch.Marginals, mentions);
            }
        }
    }
}
