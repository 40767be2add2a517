using System.Globalization;
using Nlp.Turkish.Entities;
using Nlp.Turkish.Training;

namespace Nlp.Turkish.Tests.Training;

/// <summary>Word clusters from a fastText vector file: deterministic, and near words share their clusters.</summary>
[SkipInMutationRun]
public class WordClustersTests
{
    /// <summary>Three tight groups of words in 4 dimensions, 40 words each, plus fastText's end-of-sentence row.</summary>
    private static string VectorFile()
    {
        var random = new Random(3);
        var lines = new List<string> { "121 4", "</s> 0.1 0.1 0.1 0.1" };
        float[][] centres = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 1]];
        for (var g = 0; g < centres.Length; g++)
        {
            for (var w = 0; w < 40; w++)
            {
                var values = centres[g].Select(c => (c + ((random.NextDouble() - 0.5) * 0.1)).ToString("F4", CultureInfo.InvariantCulture));
                lines.Add($"g{g}w{w} {string.Join(' ', values)}");
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    [Test]
    public void Build_IsDeterministicAndNeverMixesGroupsAtTheTop()
    {
        using var file = new TemporaryFile(VectorFile(), ".vec");
        var first = WordClusters.Build(file.Path, seed: 1, progress: null);
        var second = WordClusters.Build(file.Path, seed: 1, progress: null);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Has.Count.EqualTo(120), "every word but </s>");
        var groupsByTop = first.GroupBy(p => new WordCluster(WordCluster.StoredForm(p.Value)).Top)
            .Select(top => top.Select(p => p.Key[..2]).Distinct().Count());
        Assert.That(groupsByTop, Has.All.EqualTo(1), "a top cluster holds words of one group only");
        Assert.That(first.Values.Max(), Is.LessThan(64 * 8 * 8));
    }

    [Test]
    public void Build_MalformedFile_NamesTheLine()
    {
        using var file = new TemporaryFile("2 3\nabc 1 2 3\ndef 1 2\n", ".vec");
        var e = Assert.Throws<InvalidDataException>(() => WordClusters.Build(file.Path, 1, null));
        Assert.That(e!.Message, Does.Contain(":3: expected a word and 3 numbers"));
    }
}
