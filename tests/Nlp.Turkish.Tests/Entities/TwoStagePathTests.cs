using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>Large documents score their windows again for the second stage; the result equals that of keeping the first pass's sums.</summary>
[NonParallelizable]
public class TwoStagePathTests
{
    [Test]
    public void SeparateStages_GiveTheSameEntitiesAndScoresAsTheMergedPath()
    {
        var text = TestData.SeedArticle;
        var merged = EntityRecognizer.Default.Analyze(text).Entities;
        var limit = EntityModel.MaxCachedSumsTokens;
        try
        {
            EntityModel.MaxCachedSumsTokens = 10;
            Assert.That(EntityRecognizer.Default.Analyze(text).Entities, Is.EqualTo(merged));
        }
        finally
        {
            EntityModel.MaxCachedSumsTokens = limit;
        }
    }
}
