using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>
/// The accuracy gate: the shipped model on the standard Milliyet test split (never used for training or tuning).
/// Skipped, and says so, when the shared datasets are absent.
/// </summary>
[SkipInMutationRun]
public class AccuracyGateTests
{
    /// <summary>The gate sits just under the measured score of the shipped model (see models/README.md).</summary>
    private const double MinimumMicroF1 = 0.925;

    [Test]
    public void DefaultModel_OnMilliyetTest_MeetsTheGate()
    {
        var test = TestData.RequireDataset("milliyet-ner", "test.conll");
        var report = ConllCorpus.Evaluate(EntityRecognizer.Default, test);
        TestContext.Out.WriteLine($"test micro F1 {report.Overall.F1:P2} (P {report.Overall.Precision:P2}, R {report.Overall.Recall:P2})");
        Assert.That(report.Tokens, Is.EqualTo(47_343));
        Assert.That(report.Overall.Gold, Is.EqualTo(3_579));
        Assert.That(report.Overall.F1, Is.GreaterThanOrEqualTo(MinimumMicroF1));
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Organization })
        {
            Assert.That(report.For(type).F1, Is.GreaterThan(0.89), type.ToString());
        }

        // The model is deterministic: its exact counts are pinned, so any change to it or to the tagging path shows
        // up here and its commit must give the new counts.
        Assert.That(new[] { report.For(EntityType.Person), report.For(EntityType.Location), report.For(EntityType.Organization) }, Is.EqualTo(new[]
        {
            new EntityScores(1512, 80, 86), new EntityScores(1067, 78, 49), new EntityScores(766, 78, 99),
        }));
    }
}
