namespace Nlp.Turkish.Tests.Reliability;

/// <summary>One recognizer shared by many threads gives exactly the results of sequential use.</summary>
[SkipInMutationRun]
public class ConcurrencyTests
{
    [Test]
    public void Analyze_SharedAcrossThreads_MatchesSequentialResults()
    {
        var seed = TestData.SeedArticle;
        var paragraphs = seed.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var documents = new List<string>();
        var random = new Random(5);
        for (var d = 0; d < 300; d++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 8)).Select(_ => paragraphs[random.Next(paragraphs.Length)]);
            documents.Add(string.Join("\n\n", parts));
        }

        var recognizer = EntityRecognizer.Default;
        var expected = documents.Select(d => recognizer.Analyze(d).Entities).ToArray();
        var actual = new IReadOnlyList<EntityMention>[documents.Count];
        Parallel.For(0, documents.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 16 }, k =>
        {
            var index = k % documents.Count;
            var entities = recognizer.Analyze(documents[index]).Entities;
            lock (actual)
            {
                if (actual[index] is { } previous)
                {
                    Assert.That(entities, Is.EqualTo(previous));
                }

                actual[index] = entities;
            }
        });

        for (var d = 0; d < documents.Count; d++)
        {
            Assert.That(actual[d], Is.EqualTo(expected[d]), $"document {d}");
        }
    }
}
