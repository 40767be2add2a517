using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Training;

namespace Nlp.Turkish.Tests.Training;

/// <summary>Small training runs on a CoNLL file made from the seed article (the repository's own data).</summary>
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
