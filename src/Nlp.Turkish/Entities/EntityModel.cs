namespace Nlp.Turkish.Entities;

/// <summary>
/// A trained entity model and how it tags a document. The model: a token's score for each of the 13 BILOU labels is
/// the sum of the weights of its features (<see cref="FeatureExtractor.Extract(ReadOnlySpan{TokenFacts}, ReadOnlySpan{DocumentHint}, Span{ulong}, Span{int})"/>);
/// Viterbi finds the best valid label sequence of each window. Stage one sees the features of the text; stage two also
/// sees document hints, what stage one said about the same word elsewhere in the document (<see cref="DocumentHints"/>),
/// which keeps a name consistent across an article: a surname alone in a later sentence, a name at the start of a
/// sentence. Stage two's labels come from its marginals (<see cref="PosteriorDecoder"/>), and each mention's confidence
/// is the probability of its span under stage two's chain. Immutable and
/// thread-safe; the buffers of a call are its <see cref="TaggingScratch"/>.
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

    /// <summary>A model from its parts: its lexicon, each stage's transitions, and the merged emission table.</summary>
    public EntityModel(Lexicon lexicon, ChainTransitions first, ChainTransitions? second, EmissionTable emissions, string description, ModelMemory file)
    {
        File = file;
        Extractor = new FeatureExtractor(lexicon);
        First = first;
        Second = second;
        Emissions = emissions;
        Description = description;
    }

    /// <summary>The model file, which <see cref="ModelFormat.Write"/> writes back; the tables below are read in place from it.</summary>
    public ModelMemory File { get; }

    /// <summary>The feature templates over the model's lexicon.</summary>
    public FeatureExtractor Extractor { get; }

    /// <summary>Stage one's transitions and temperature.</summary>
    public ChainTransitions First { get; }

    /// <summary>Stage two's, or null for a one-stage model.</summary>
    public ChainTransitions? Second { get; }

    /// <summary>Both stages' emission weights, a merged row a feature.</summary>
    public EmissionTable Emissions { get; }

    public string Description { get; }

    /// <summary>Tags every token of a document with a BILOU label; adds entity mentions when <paramref name="mentions"/> is given.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels,
        TaggingScratch scratch, List<EntityMention>? mentions)
    {
        var windows = DocumentWindows.Of(sentences, MaxWindowTokens, scratch.Windows);
        if (Second is null)
        {
            TagOneStage(text, tokens, windows, labels, scratch, mentions);
            return;
        }

        for (var start = 0; start < windows.Length;)
        {
            var end = DocumentWindows.SectionEnd(windows, start, MaxSectionTokens);
            TagSection(text, tokens, windows[start..end], Second, labels, scratch, mentions);
            start = end;
        }
    }

    /// <summary>Tags consecutive windows with both stages and hints pooled over them.</summary>
    private void TagSection(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Count)> windows, ChainTransitions second,
        Span<int> labels, TaggingScratch scratch, List<EntityMention>? mentions)
    {
        var sectionFirst = windows[0].First;
        var sectionCount = windows[^1].First + windows[^1].Count - sectionFirst;
        var sums = scratch.SectionSums(sectionCount);
        var lowers = scratch.SectionLowers(sectionCount);
        var caps = scratch.SectionCaps(sectionCount);
        var cuts = scratch.SectionCuts(sectionCount);

        // Stage one. Its pass also sums stage two's weights of the same features (one table probe serves both), kept
        // for the second pass with each token's lowercase hash and casing, which the hints need.
        foreach (var (first, n) in windows)
        {
            var at = first - sectionFirst;
            var facts = scratch.Facts(n);
            var scores = scratch.Scores(n);
            ScoreWindow(text, tokens.Slice(first, n), facts, scores, sums.Slice(at * EntityLabels.Count, n * EntityLabels.Count), scratch);
            for (var i = 0; i < n; i++)
            {
                lowers[at + i] = facts[i].Lower;
                caps[at + i] = facts[i].Caps;
                cuts[at + i] = facts[i].BaseCut;
            }

            First.Viterbi(scores, n, labels.Slice(first, n), scratch.BackPointers(n));
        }

        // Document hints: how stage one tagged each word across the section.
        var hints = scratch.Hints(sectionCount);
        DocumentHints.Compute(text, tokens.Slice(sectionFirst, sectionCount), labels.Slice(sectionFirst, sectionCount), lowers, hints, scratch.Votes);

        // Stage two: the kept sums plus the rows of each token's hint features, decoded again; then the mentions.
        Span<ulong> hintFeatures = stackalloc ulong[FeatureExtractor.MaxHintFeatures];
        foreach (var (first, n) in windows)
        {
            var at = first - sectionFirst;
            var scores = scratch.Scores(n);
            sums.Slice(at * EntityLabels.Count, n * EntityLabels.Count).CopyTo(scores);
            for (var i = 0; i < n; i++)
            {
                if (hints[at + i] != DocumentHint.None)
                {
                    var count = FeatureExtractor.HintFeatures(lowers[at + i], caps[at + i], hints[at + i], hintFeatures);
                    foreach (var key in hintFeatures[..count])
                    {
                        Emissions.AddSecond(key, scores.Slice(i * EntityLabels.Count, EntityLabels.Count));
                    }
                }
            }

            var windowLabels = labels.Slice(first, n);
            DecodeFinal(second, scores, n, windowLabels, scratch);
            if (mentions is not null)
            {
                MentionBuilder.Add(text, tokens.Slice(first, n), first, windowLabels, cuts.Slice(at, n), scratch.Marginals, mentions);
            }
        }
    }

    /// <summary>Tags with a one-stage model: stage one's scores from the merged table (its stage-two half is zero).</summary>
    private void TagOneStage(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Count)> windows,
        Span<int> labels, TaggingScratch scratch, List<EntityMention>? mentions)
    {
        foreach (var (first, n) in windows)
        {
            var windowTokens = tokens.Slice(first, n);
            var scores = scratch.Scores(n);
            var facts = scratch.Facts(n);
            ScoreWindow(text, windowTokens, facts, scores, scratch.SecondScores(n), scratch);
            var windowLabels = labels.Slice(first, n);
            DecodeFinal(First, scores, n, windowLabels, scratch);
            if (mentions is not null)
            {
                var cuts = scratch.SectionCuts(n);
                for (var i = 0; i < n; i++)
                {
                    cuts[i] = facts[i].BaseCut;
                }

                MentionBuilder.Add(text, windowTokens, first, windowLabels, cuts, scratch.Marginals, mentions);
            }
        }
    }

    /// <summary>
    /// The last stage's labels of a window: forward-backward under its chain (kept in the scratch for the mentions'
    /// confidences), then posterior decoding (<see cref="PosteriorDecoder"/>).
    /// </summary>
    private static void DecodeFinal(ChainTransitions chain, ReadOnlySpan<float> scores, int n, Span<int> labels, TaggingScratch scratch)
    {
        scratch.Marginals.Compute(chain, scores, n);
        PosteriorDecoder.Decode(scratch.Marginals, n, scratch.Posterior(n), labels, scratch.BackPointers(n));
    }

    /// <summary>Describes a window's tokens through the word cache and scores both stages (stage two without hints).</summary>
    private void ScoreWindow(string text, ReadOnlySpan<Token> tokens, Span<TokenFacts> facts, Span<float> firstScores, Span<float> secondScores,
        TaggingScratch scratch)
    {
        var cache = scratch.Words(Emissions);
        var entries = scratch.Entries(tokens.Length);
        cache.Describe(Extractor, text, tokens, facts, entries);
        Extractor.Contextualize(facts);
        WindowScorer.Score(Emissions, cache, entries, facts, firstScores, secondScores, scratch.ContextKeys(tokens.Length), scratch.ContextCounts(tokens.Length));
    }
}
