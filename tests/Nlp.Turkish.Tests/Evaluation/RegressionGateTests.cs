using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>
/// The dataset-free regression gate: the repository's own hand-labelled news (<c>Data/regression-news.txt</c>, 70
/// lines written for these tests: multi-word organizations, all-caps datelines and headlines, İ/Ş/Ç/Ö/Ü/Ğ initials,
/// suffixes with and without apostrophes, mentions at a sentence's end, hyphen-joined names) through the raw-text path
/// (tokenizer, sentences, both stages, mentions). The shipped model's exact counts are pinned: any change to the model
/// or the pipeline shows up here as a diff, printed mention by mention, that its commit must explain.
/// </summary>
public class RegressionGateTests
{
    private static readonly Dictionary<EntityType, EntityScores> Pinned = new()
    {
        [EntityType.Person] = new EntityScores(28, 0, 0),
        [EntityType.Location] = new EntityScores(44, 0, 2),
        [EntityType.Organization] = new EntityScores(39, 3, 4),
    };

    [Test]
    public void ShippedModel_OnTheRegressionNews_GivesThePinnedCounts()
    {
        var gold = BracketCorpus.Read(BracketCorpus.RegressionNewsPath);
        Assert.That(gold.Sum(d => d.Entities.Count), Is.EqualTo(117), "the fixture's gold entities");
        var report = SpanCorpus.Evaluate(EntityRecognizer.Default, gold);
        var actual = Pinned.Keys.ToDictionary(t => t, report.For);
        TestContext.Out.WriteLine(string.Join("\n", actual.Select(p => $"{p.Key}: {p.Value} F1 {p.Value.F1:P2}")));
        Assert.That(actual, Is.EqualTo(Pinned), Differences(gold));
    }

    /// <summary>Every gold mention the model missed and every mention it added, by document.</summary>
    private static string Differences(IReadOnlyList<AnnotatedText> gold)
    {
        var lines = new List<string> { "the counts moved; the model's differences from gold:" };
        foreach (var document in gold)
        {
            var predicted = SpanScorer.SpansOf(EntityRecognizer.Default.Analyze(document.Text)).Select(s => SpanScorer.Normalize(document.Text, s)).ToHashSet();
            var expected = document.Entities.Select(s => SpanScorer.Normalize(document.Text, s)).ToHashSet();
            lines.AddRange(expected.Except(predicted).Select(s => $"  missed {s.Type} '{document.Text[s.Start..s.End]}' at {s.Start}"));
            lines.AddRange(predicted.Except(expected).Select(s => $"  added  {s.Type} '{document.Text[s.Start..s.End]}' at {s.Start}"));
        }

        return string.Join("\n", lines);
    }
}
