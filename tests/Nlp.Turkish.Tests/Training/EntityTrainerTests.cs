using Nlp.Turkish.Entities;
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
    public void Train_WithSecondWordVectors_StoresASecondClusteringThatTheModelFileKeeps()
    {
        // Two tight groups of words far apart in 3 dimensions, 40 each: places (after which "'da" is written) and people.
        var random = new Random(5);
        string Row(string word, double x, double z) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{word} {x + (random.NextDouble() * 0.05):F4} 0.1000 {z + (random.NextDouble() * 0.05):F4}");
        var lines = new List<string> { "80 3", Row("astana", 0.9, 0), Row("akorda", 0.9, 0), Row("tokayev", 0, 0.9), Row("vucic", 0, 0.9) };
        lines.AddRange(Enumerable.Range(0, 38).Select(i => Row($"place{i}", 0.9, 0)));
        lines.AddRange(Enumerable.Range(0, 38).Select(i => Row($"person{i}", 0, 0.9)));
        using var vectors = new TemporaryFile(string.Join('\n', lines) + "\n", ".vec");
        var options = new EntityTrainingOptions { Epochs = 2, Folds = 2, DocumentSentences = 5, Seed = 1, SecondWordVectors = vectors.Path };
        var trained = EntityTrainer.Train([SmallCorpus], null, options);
        var loaded = EntityRecognizer.Load(new MemoryStream(Bytes(trained)));

        var lexicon = loaded.Model.Extractor.Lexicon;
        WordCluster Second(string word) => lexicon.SecondCluster(FeatureHash.OfLower(word));
        var places = new[] { "Astana", "akorda" }.Concat(Enumerable.Range(0, 38).Select(i => $"place{i}")).Select(w => Second(w)).ToList();
        var people = new[] { "Tokayev", "vucic" }.Concat(Enumerable.Range(0, 38).Select(i => $"person{i}")).Select(w => Second(w)).ToList();
        Assert.That(places.Concat(people), Has.All.Matches<WordCluster>(c => c.Exists));
        Assert.That(places.Select(c => c.Top).Intersect(people.Select(c => c.Top)), Is.Empty, "no top cluster mixes places and people");
        Assert.That(Second("ankara").Exists, Is.False, "a word without a vector has no cluster");
        Assert.That(lexicon.Cluster(FeatureHash.OfLower("astana")).Exists, Is.False, "the first clustering is apart");
        Assert.That(Bytes(loaded), Is.EqualTo(Bytes(trained)));
    }

    [Test]
    public void Train_ReportsProgressPerEpoch()
    {
        var reports = new Reports();
        EntityTrainer.Train([SmallCorpus], SmallCorpus, new EntityTrainingOptions { Epochs = 2, Folds = 2, DocumentStage = false, Progress = reports });
        Assert.That(reports.Lines.Count(l => l.StartsWith("stage 1 epoch", StringComparison.Ordinal) && l.Contains("dev F1", StringComparison.Ordinal)), Is.EqualTo(2));
        var epochs = reports.Items.Where(r => r.Epoch > 0).ToList();
        Assert.That(epochs.Select(r => (r.Stage, r.Epoch, r.Epochs)), Is.EqualTo(new[] { ("stage 1", 1, 2), ("stage 1", 2, 2) }));
        Assert.That(epochs.Select(r => r.DevF1), Has.All.InRange(0.5, 1.0));
        Assert.That(epochs[1].StageRemaining, Is.EqualTo(TimeSpan.Zero));
        Assert.That(reports.Items.Select(r => r.Elapsed), Is.Ordered);
    }

    /// <summary>Collects reports synchronously, in order.</summary>
    private sealed class Reports : IProgress<TrainingProgress>
    {
        public List<TrainingProgress> Items { get; } = [];

        public IEnumerable<string> Lines => Items.Select(r => r.Message);

        public void Report(TrainingProgress value) => Items.Add(value);
    }

    [Test]
    public void Train_WithDev_CalibratesAFiniteTemperatureWithASaneLogLoss()
    {
        var reports = new Reports();
        using var dev = HeldOutDev();
        EntityTrainer.Train([SmallCorpus], dev.Path, new EntityTrainingOptions { Epochs = 4, Folds = 2, DocumentSentences = 5, Progress = reports });
        var lines = reports.Lines.ToList();
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
        Assert.Throws<ArgumentException>(() => EntityTrainer.Train(Array.Empty<string>(), null, new EntityTrainingOptions()));

    [Test]
    public void Train_FromTaggedSentencesInMemory_GivesTheModelOfTheSameFile()
    {
        var sentences = ReadTagged(SmallCorpus);
        var fromFile = Bytes(EntityTrainer.Train([SmallCorpus], SmallCorpus, Options(7)));
        var fromMemory = Bytes(EntityTrainer.Train(sentences, sentences, Options(7)));
        Assert.That(fromMemory, Is.EqualTo(fromFile));
    }

    [Test]
    public void Train_FromTaggedSentences_RefusesBadSentencesByNumber()
    {
        var good = new TaggedSentence(["Tokayev", "konuştu"], ["B-PERSON", "O"]);
        var cases = new (TaggedSentence Sentence, string Message)[]
        {
            (new TaggedSentence(["Tokayev"], ["B-PERSON", "O"]), "1 words and 2 tags"),
            (new TaggedSentence(["Tokayev Astana"], ["B-PERSON"]), "white space"),
            (new TaggedSentence(["Tokayev"], ["B-MISC"]), "unknown entity type"),
            (new TaggedSentence([], []), "0 words"),
        };
        foreach (var (sentence, message) in cases)
        {
            var e = Assert.Throws<ArgumentException>(() => EntityTrainer.Train([good, sentence], null, Options(1)));
            Assert.That(e!.Message, Does.Contain("train sentence 2").And.Contain(message));
        }
    }

    [Test]
    public void Train_FromAnnotatedTexts_LearnsThem_AndEvaluatesInMemory()
    {
        var texts = BracketCorpus.Read(BracketCorpus.RegressionNewsPath);
        var recognizer = EntityTrainer.Train(texts, null, Options(3));
        var report = SpanCorpus.Evaluate(recognizer, texts);
        Assert.That(report.Overall.Gold, Is.EqualTo(texts.Sum(t => t.Entities.Count)));
        Assert.That(report.Overall.F1, Is.GreaterThan(0.8), "a model fits its own small training set");
        Assert.Throws<ArgumentException>(() => EntityTrainer.Train([new AnnotatedText("Tokayev", [new EntitySpan(0, 9, EntityType.Person)])], null, Options(1)));
    }

    [Test]
    public void Train_FromASpanFile_GivesTheModelOfTheSameTextsInMemory_AndMixesWithCoNll()
    {
        var texts = BracketCorpus.Read(BracketCorpus.RegressionNewsPath);
        using var spans = new TemporaryFile(SpanLines(texts), ".jsonl");
        var fromMemory = Bytes(EntityTrainer.Train(texts, null, Options(3)));
        Assert.That(Bytes(EntityTrainer.Train([spans.Path], null, Options(3))), Is.EqualTo(fromMemory));

        var mixed = EntityTrainer.Train([SmallCorpus, spans.Path], spans.Path, Options(3));
        Assert.That(SpanCorpus.Evaluate(mixed, texts).Overall.F1, Is.GreaterThan(0.8), "the span file's texts are learned beside the CoNLL file");
        Assert.That(Bytes(mixed), Is.Not.EqualTo(fromMemory));
    }

    [Test]
    public void Train_BadSpanFile_IsRefusedWithItsName()
    {
        using var spans = new TemporaryFile("{\"text\": \"Tokayev\", \"entities\": [{\"start\": 0, \"end\": 9, \"type\": \"PER\"}]}\n", ".jsonl");
        var e = Assert.Throws<InvalidDataException>(() => EntityTrainer.Train([spans.Path], null, Options(1)));
        Assert.That(e!.Message, Does.Contain(spans.Path));
    }

    /// <summary>Texts as span JSONL, the modern-news-dev format.</summary>
    private static string SpanLines(IEnumerable<AnnotatedText> texts) => string.Concat(texts.Select(t =>
        System.Text.Json.JsonSerializer.Serialize(new { text = t.Text, entities = t.Entities.Select(e => new { start = e.Start, end = e.End, type = EntityLabels.TypeName(e.Type) }) }) + "\n"));

    /// <summary>The sentences of a CoNLL file (token, tag) as tagged sentences.</summary>
    private static List<TaggedSentence> ReadTagged(string path)
    {
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (words.Count > 0)
                {
                    sentences.Add(new TaggedSentence([.. words], [.. tags]));
                }

                words.Clear();
                tags.Clear();
                continue;
            }

            var cells = line.Split('\t');
            words.Add(cells[0]);
            tags.Add(cells[^1]);
        }

        return sentences;
    }

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
