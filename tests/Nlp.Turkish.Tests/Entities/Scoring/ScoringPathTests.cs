using Nlp.Turkish.Entities;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// The tagger's fast path (per-word cached sums, context features resolved through the dense table or the hash table)
/// scores every token as the trainer's plain feature extraction does: the same features, summed from the same rows.
/// </summary>
public class ScoringPathTests
{
    private const int L = EntityLabels.Count;

    [Test]
    public void CachedScores_EqualSumsOfExtractedFeatures_SeedArticle() => AssertPathsAgree(TestData.SeedArticle);

    [Test]
    public void CachedScores_EqualSumsOfExtractedFeatures_HeadlinesAndAllCaps() => AssertPathsAgree(
        "SIRBİSTAN CUMHURBAŞKANI VUCIC ASTANA'DA\n" +
        "Kazakistan Cumhurbaşkanı Tokayev Sırbistan Cumhurbaşkanı Vucic İle Görüştü\n" +
        "Tören, Cumhurbaşkanlığı Sarayı Akorda'da yapıldı; AA muhabiri 27.02.2026'da bildirdi.\n" +
        "İstanbul Büyükşehir Belediyesi'nin açıklamasına göre %65'i tamamlandı.");

    [Test]
    public void CachedScores_EqualSumsOfExtractedFeatures_WindowOfManyDistinctWords()
    {
        // One 1,000-token window of distinct made-up words: more new words than a cache set holds, so some go to
        // overflow entries, and the cache's pinning is exercised.
        var random = new Random(11);
        var words = Enumerable.Range(0, 1500).Select(_ =>
        {
            var chars = Enumerable.Range(0, random.Next(2, 12)).Select(_ => (char)('a' + random.Next(26))).ToArray();
            if (random.Next(3) == 0)
            {
                chars[0] = char.ToUpperInvariant(chars[0]);
            }

            return new string(chars);
        });
        AssertPathsAgree(string.Join(' ', words));
    }

    [Test]
    public void CachedScores_EqualSumsOfExtractedFeatures_WhileTheCacheGrows()
    {
        // 10,000 distinct made-up words in sentences of 20, then the first 2,000 again: the cache replaces more words
        // than its first size holds, grows (emptied) between windows, and must score every window the same.
        var random = new Random(12);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < 10_000)
        {
            var chars = Enumerable.Range(0, random.Next(3, 12)).Select(_ => (char)('a' + random.Next(26))).ToArray();
            if (random.Next(3) == 0)
            {
                chars[0] = char.ToUpperInvariant(chars[0]);
            }

            words.Add(new string(chars));
        }

        var stream = words.Concat(words.Take(2_000)).Chunk(20).Select(sentence => string.Join(' ', sentence) + ".");
        var capacity = AssertPathsAgree(string.Join(' ', stream));
        Assert.That(capacity, Is.GreaterThan(4_096), "the cache must have grown for the test to mean anything");
    }

    [Test]
    public void TwoStageTagging_EqualsTheModelsDefinition_WithHints_SeedArticle() => AssertTaggingAgrees(TestData.SeedArticle);

    [Test]
    public void TwoStageTagging_EqualsTheModelsDefinition_WithHints_RegressionNews()
    {
        foreach (var document in BracketCorpus.Read(BracketCorpus.RegressionNewsPath))
        {
            AssertTaggingAgrees(document.Text);
        }
    }

    /// <summary>Checks the cached path against the definition window by window; returns the cache's final capacity.</summary>
    private static int AssertPathsAgree(string text)
    {
        var model = EntityRecognizer.Default.Model;
        var emissions = model.Emissions;
        var document = TurkishTokenizer.Default.Tokenize(text);
        var tokens = document.Tokens.ToArray();
        var scratch = new TaggingScratch();
        var checkedTokens = 0;
        foreach (var (first, n) in DocumentWindows.Of(document.Sentences.ToArray(), EntityModel.MaxWindowTokens, scratch.Windows).ToArray())
        {
            var window = tokens.AsSpan(first, n);

            // The tagger's path, as EntityModel scores a window.
            var facts = scratch.Facts(n);
            var entries = scratch.Entries(n);
            var cache = scratch.Words(emissions);
            cache.Describe(model.Extractor, text, window, facts, entries);
            model.Extractor.Contextualize(facts);
            var firstScores = new float[n * L];
            var secondScores = new float[n * L];
            WindowScorer.Score(emissions, cache, entries, facts, firstScores, secondScores, scratch.ContextKeys(n), scratch.ContextCounts(n));

            // The model's definition: every feature key of every token, summed row by row.
            var expected = ReferenceTagger.Sums(model, text, window, []);
            for (var i = 0; i < n; i++)
            {
                for (var y = 0; y < L; y++)
                {
                    Assert.That(firstScores[(i * L) + y], Is.EqualTo(expected[i][y]).Within(1e-4),
                        $"stage one, token {first + i} '{document.GetText(window[i])}', label {y}");
                    Assert.That(secondScores[(i * L) + y], Is.EqualTo(expected[i][L + y]).Within(1e-4),
                        $"stage two, token {first + i} '{document.GetText(window[i])}', label {y}");
                }

                checkedTokens++;
            }
        }

        Assert.That(checkedTokens, Is.EqualTo(tokens.Length));
        return scratch.Words(emissions).Capacity;
    }

    /// <summary>Both stages through the tagger equal both stages by the definition, hints included, label for label.</summary>
    private static void AssertTaggingAgrees(string text)
    {
        var document = TurkishTokenizer.Default.Tokenize(text);
        var tokens = document.Tokens.ToArray();
        var sentences = document.Sentences.ToArray();
        var tagged = new int[tokens.Length];
        EntityRecognizer.Default.Tag(text, tokens, sentences, tagged, null);
        var (stageOne, hints, stageTwo) = ReferenceTagger.Tag(EntityRecognizer.Default.Model, text, tokens, sentences);
        Assert.That(hints.Count(h => h != DocumentHint.None), Is.GreaterThan(0), "the text must give hints for the test to mean anything");
        Assert.That(tagged, Is.EqualTo(stageTwo));
    }
}
