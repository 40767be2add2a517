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
}
