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

    private static void AssertPathsAgree(string text)
    {
        var model = EntityRecognizer.Default.Model;
        var scorer = model.Scorer;
        var document = TurkishTokenizer.Default.Tokenize(text);
        var tokens = document.Tokens.ToArray();
        var scratch = new FeatureScratch();
        var reference = new FeatureScratch();
        var checkedTokens = 0;
        foreach (var (first, n) in scratch.Windows(document.Sentences.ToArray(), EntityModel.MaxWindowTokens).ToArray())
        {
            var window = tokens.AsSpan(first, n);

            // The tagger's path, as EntityModel scores a window.
            var facts = scratch.Facts(n);
            var entries = scratch.Entries(n);
            var cache = scratch.Words(scorer);
            cache.Describe(model.Extractor, text, window, facts, entries, scratch);
            model.Extractor.Contextualize(facts);
            var firstScores = new float[n * L];
            var secondScores = new float[n * L];
            scorer.Score(cache, entries, facts, firstScores, secondScores, scratch.ContextKeys(n), scratch.Counts(n));

            // The trainer's path: every feature key of every token, summed row by row.
            var features = new ulong[n * FeatureExtractor.MaxFeaturesPerToken];
            var counts = new int[n];
            model.Extractor.Extract(text, window, [], features, counts, reference);
            var expected = new float[WordCache.SumLength];
            for (var i = 0; i < n; i++)
            {
                scorer.Sum(features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]), expected);
                for (var y = 0; y < L; y++)
                {
                    Assert.That(firstScores[(i * L) + y], Is.EqualTo(expected[y]).Within(1e-4),
                        $"stage one, token {first + i} '{document.GetText(window[i])}', label {y}");
                    Assert.That(secondScores[(i * L) + y], Is.EqualTo(expected[L + y]).Within(1e-4),
                        $"stage two, token {first + i} '{document.GetText(window[i])}', label {y}");
                }

                checkedTokens++;
            }
        }

        Assert.That(checkedTokens, Is.EqualTo(tokens.Length));
    }
}
