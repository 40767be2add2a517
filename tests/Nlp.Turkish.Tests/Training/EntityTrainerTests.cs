using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Training;

namespace Nlp.Turkish.Tests.Training;

/// <summary>Small training runs on a CoNLL file made from the seed article (the repository's own data).</summary>
[SkipInMutationRun]
public class EntityTrainerTests
{
    private static string SmallCorpus => Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll");

    private static EntityTrainingOptions Options(int seed) => new()
    {
        Epochs = 4,
        Folds = 2,
        DocumentSentences = 5,
        Seed = seed,
    };

    private static byte[] Bytes(EntityRecognizer recognizer)
    {
        using var stream = new MemoryStream();
        recognizer.Save(stream);
        return stream.ToArray();
    }

    [Test]
    public void Train_IsDeterministicForAGivenSeed()
    {
        var first = Bytes(EntityTrainer.Train([SmallCorpus], SmallCorpus, Options(7)));
        var second = Bytes(EntityTrainer.Train([SmallCorpus], SmallCorpus, Options(7)));
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Train_LearnsItsTrainingData()
    {
        var recognizer = EntityTrainer.Train([SmallCorpus], null, Options(3));
        var report = ConllCorpus.Evaluate(recognizer, SmallCorpus, documentSentences: 5);
        Assert.That(report.Overall.F1, Is.GreaterThan(0.9));
    }

    [Test]
    public void Train_ReportsProgressPerEpoch()
    {
        var lines = new List<string>();
        EntityTrainer.Train([SmallCorpus], SmallCorpus, new EntityTrainingOptions { Epochs = 2, Folds = 2, DocumentStage = false, Progress = lines.Add });
        Assert.That(lines.Count(l => l.StartsWith("stage 1 epoch", StringComparison.Ordinal) && l.Contains("dev F1", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void Train_WithDev_CalibratesAFiniteTemperatureWithASaneLogLoss()
    {
        var lines = new List<string>();
        using var dev = HeldOutDev();
        EntityTrainer.Train([SmallCorpus], dev.Path, new EntityTrainingOptions { Epochs = 4, Folds = 2, DocumentSentences = 5, Progress = lines.Add });
        var calibrations = lines.Select(l => Calibration.Match(l)).Where(m => m.Success).ToList();
        Assert.That(calibrations, Has.Count.EqualTo(2), string.Join('\n', lines));
        foreach (var match in calibrations)
        {
            var temperature = double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var loss = double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(temperature, Is.InRange(0.25, 1024.0), match.Value);
            Assert.That(loss, Is.GreaterThan(0.0).And.LessThan(Math.Log(2)), match.Value);
        }
    }

    [Test]
    public void Train_FreshlyCalibratedModel_TagsWithScoresStrictlyInsideZeroAndOne()
    {
        using var dev = HeldOutDev();
        var recognizer = EntityTrainer.Train([SmallCorpus], dev.Path, Options(5));
        var entities = recognizer.Analyze(TestData.SeedArticle).Entities;
        Assert.That(entities, Has.Count.GreaterThan(20));
        Assert.That(entities.Select(e => e.Score), Has.All.GreaterThan(0.0).And.LessThan(1.0));
        Assert.That(entities.Select(e => e.Score).Distinct().Count(), Is.GreaterThan(3), "scores should be graded, not only extremes");

        var path = Path.Combine(Path.GetTempPath(), $"fresh-{Guid.NewGuid():N}.bin");
        try
        {
            recognizer.Save(path);
            var (exitCode, stdout, stderr) = Cli.CliRunner.Run(null, "tag", TestData.SeedArticlePath, "--model", path);
            Assert.That(exitCode, Is.Zero, stderr);
            Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(entities.Count));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A dev file the small model did not see: the regression fixture's news laid out as CoNLL.</summary>
    private static TemporaryFile HeldOutDev() => new(BracketCorpus.ToConll(BracketCorpus.Read(BracketCorpus.RegressionNewsPath)), ".conll");

    private static readonly System.Text.RegularExpressions.Regex Calibration =
        new(@"^calibration: temperature ([0-9.]+), log loss ([^ ]+) over", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    [Test]
    public void Train_NoFiles_Throws() =>
        Assert.Throws<ArgumentException>(() => EntityTrainer.Train([], null, new EntityTrainingOptions()));

    [Test]
    public void Train_UntaggedFile_IsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"untagged-{Guid.NewGuid():N}.conll");
        File.WriteAllText(path, "Tokayev\nkonuştu\n");
        try
        {
            Assert.Throws<InvalidDataException>(() => EntityTrainer.Train([path], null, new EntityTrainingOptions()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
