using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>Large documents run the two stages one after the other; the result equals the merged single-probe path.</summary>
[NonParallelizable]
public class TwoStagePathTests
{
    [Test]
    public void SeparateStages_GiveTheSameEntitiesAndScoresAsTheMergedPath()
    {
        var text = TestData.SeedArticle;
        var merged = EntityRecognizer.Default.Analyze(text).Entities;
        var limit = EntityModel.MaxCachedFactsTokens;
        try
        {
            EntityModel.MaxCachedFactsTokens = 10;
            Assert.That(EntityRecognizer.Default.Analyze(text).Entities, Is.EqualTo(merged));
        }
        finally
        {
            EntityModel.MaxCachedFactsTokens = limit;
        }
    }
}
