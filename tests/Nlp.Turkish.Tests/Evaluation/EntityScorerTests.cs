using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

public class EntityScorerTests
{
    [Test]
    public void Score_CountsOnlyExactSpanAndTypeMatches()
    {
        var scorer = new EntityScorer();
        scorer.Add(
            ["B-PERSON", "I-PERSON", "O", "B-LOCATION", "O", "B-ORGANIZATION"],
            ["B-PERSON", "O", "O", "B-LOCATION", "O", "B-PERSON"]);
        var report = scorer.Report();

        Assert.That(report.For(EntityType.Location), Is.EqualTo(new EntityScores(1, 0, 0)));
        Assert.That(report.For(EntityType.Person), Is.EqualTo(new EntityScores(0, 2, 1)));
        Assert.That(report.For(EntityType.Organization), Is.EqualTo(new EntityScores(0, 0, 1)));
        Assert.That(report.Overall.Precision, Is.EqualTo(1.0 / 3).Within(1e-9));
        Assert.That(report.Overall.Recall, Is.EqualTo(1.0 / 3).Within(1e-9));
    }

    [Test]
    public void Chunks_TreatsInsideAfterOutsideAsAStart_LikeConlleval()
    {
        var chunks = Nlp.Turkish.Entities.Iob2Tags.Chunks(["O", "I-LOCATION", "I-LOCATION", "I-PERSON", "B-PERSON"]);
        Assert.That(chunks, Is.EquivalentTo(new[]
        {
            (1, 3, EntityType.Location), (3, 4, EntityType.Person), (4, 5, EntityType.Person),
        }));
    }

    [Test]
    public void Scores_AreZeroWithoutPredictionsOrGold()
    {
        var empty = new EntityScores(0, 0, 0);
        Assert.That((empty.Precision, empty.Recall, empty.F1), Is.EqualTo((0.0, 0.0, 0.0)));
    }

    [Test]
    public void Scores_ArePrecisionRecallAndF1OfTheCounts()
    {
        var even = new EntityScores(2, 2, 2);
        Assert.That((even.Precision, even.Recall, even.F1), Is.EqualTo((0.5, 0.5, 0.5)));
        var scores = new EntityScores(3, 1, 2);
        Assert.That(scores.Precision, Is.EqualTo(0.75));
        Assert.That(scores.Recall, Is.EqualTo(0.6));
        Assert.That(scores.F1, Is.EqualTo(2 * 0.75 * 0.6 / 1.35).Within(1e-12));
        Assert.That((scores.Gold, scores.Predicted), Is.EqualTo((5, 4)));
        Assert.That(new EntityScores(1, 2, 3) + scores, Is.EqualTo(new EntityScores(4, 3, 5)));
    }

    [Test]
    public void Report_CountsSentencesAndTokens_AndRefusesSequencesOfUnequalLength()
    {
        var scorer = new EntityScorer();
        scorer.Add(["B-PERSON", "O"], ["B-PERSON", "O"]);
        scorer.Add(["O", "O", "B-LOCATION"], ["O", "O", "O"]);
        var report = scorer.Report(documents: 1);
        Assert.That((report.Documents, report.Sentences, report.Tokens), Is.EqualTo((1, 2, 5)));
        var e = Assert.Throws<ArgumentException>(() => scorer.Add(["O"], ["O", "O"]));
        Assert.That(e!.ParamName, Is.EqualTo("predicted"));
        Assert.That(e.Message, Does.StartWith("Gold and predicted tag sequences differ in length."));
    }
}
