using System.Diagnostics;
using System.Globalization;
using Nlp.Turkish.Entities;
using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Training;

/// <summary>
/// Trains an <see cref="EntityRecognizer"/> from IOB2-tagged CoNLL files. Stage one is an averaged structured
/// perceptron over BILOU labels with rich sparse features; stage two, trained on jackknifed stage-one output, adds
/// document-level hints. With a dev set, each stage keeps its best epoch by dev F1 and its confidence temperature is
/// calibrated on dev. Deterministic for given data, options and seed.
/// </summary>
public static class EntityTrainer
{

    /// <summary>Trains a recognizer from files.</summary>
    /// <param name="trainFiles">Training files, each either IOB2 CoNLL (token first column, tag last) or span-annotated raw
    /// text in one of the formats <see cref="SpanCorpus.Read(string)"/> reads (told apart by the first character, as
    /// evaluation does). A span file's texts are tokenized as tagging does and each is a document of its own for the
    /// document stage; CoNLL sentences make a document every <see cref="EntityTrainingOptions.DocumentSentences"/>.</param>
    /// <param name="devFile">A CoNLL or span file for epoch selection, calibration and progress, or null.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="cancellationToken">Stops training between examples.</param>
    /// <returns>The trained recognizer.</returns>
    /// <exception cref="ArgumentException">No training file is given.</exception>
    /// <exception cref="InvalidDataException">A file is not valid UTF-8 IOB2 CoNLL or span data: the message names the file
    /// and line.</exception>
    public static EntityRecognizer Train(IEnumerable<string> trainFiles, string? devFile, EntityTrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainFiles);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var files = trainFiles.ToList();
        if (files.Count == 0)
        {
            throw new ArgumentException("At least one training file is needed.", nameof(trainFiles));
        }

        var clock = Stopwatch.StartNew();
        var progress = Reporter(options, clock);
        var train = Read(files, progress);
        var dev = devFile is null ? new Corpus([], null) : Read([devFile], progress);
        return Train(train, dev, options, clock, progress, cancellationToken);
    }

    /// <summary>
    /// The sentences of CoNLL and span files in order. Without a span file there are no known document starts (CoNLL
    /// documents are cut every N sentences, as before); with one, each span text starts a document and so does the first
    /// sentence after a span file.
    /// </summary>
    private static Corpus Read(List<string> files, Action<string>? progress)
    {
        var sentences = new List<ConllSentence>();
        HashSet<int>? starts = null;
        foreach (var file in files)
        {
            if (IsSpanFile(file))
            {
                var texts = SpanCorpus.Read(file);
                var part = Sentences(texts, file);
                starts ??= [];
                starts.UnionWith(part.DocumentStarts!.Select(s => s + sentences.Count));
                sentences.AddRange(part.Sentences);
                starts.Add(sentences.Count);
            }
            else
            {
                sentences.AddRange(ConllReader.Read(file, requireTags: true, progress));
            }
        }

        return new Corpus(sentences, starts);
    }

    /// <summary>Whether a file holds span-annotated text (its first character, white space and a BOM skipped, opens JSON).</summary>
    private static bool IsSpanFile(string path)
    {
        using var reader = ConllReader.OpenFile(path);
        var start = new char[1024];
        try
        {
            return SpanCorpus.LooksLikeSpans(start.AsSpan(0, reader.ReadBlock(start)));
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false; // not UTF-8: the CoNLL reader names the file and line
        }
    }

    /// <summary>Trains a recognizer from tokenized sentences in memory (CoNLL data that is not in a file).</summary>
    /// <param name="train">The training sentences; every <see cref="EntityTrainingOptions.DocumentSentences"/> in a row
    /// make a document for the document stage.</param>
    /// <param name="dev">Sentences for epoch selection, calibration and progress, or null.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="cancellationToken">Stops training between examples.</param>
    /// <returns>The trained recognizer.</returns>
    /// <exception cref="ArgumentException">There is no training sentence, or a sentence is invalid: empty, a word
    /// empty or holding white space, a tag count that differs from the word count, or an unknown tag (the message names
    /// the sentence).</exception>
    public static EntityRecognizer Train(IEnumerable<TaggedSentence> train, IEnumerable<TaggedSentence>? dev, EntityTrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        return TrainInMemory(() => new Corpus(ConllReader.FromTagged(train, nameof(train)), null), () => new Corpus(dev is null ? [] : ConllReader.FromTagged(dev, nameof(dev)), null),
            "At least one training sentence is needed.", options, cancellationToken);
    }

    /// <summary>
    /// Trains a recognizer from raw texts with entity spans in memory (span-annotated data, as <see
    /// cref="SpanCorpus.Read(string)"/> reads it): each text is tokenized and split into sentences as tagging does, and
    /// is a document of its own for the document stage.
    /// </summary>
    /// <param name="train">The training documents.</param>
    /// <param name="dev">Documents for epoch selection, calibration and progress, or null.</param>
    /// <param name="options">Training settings.</param>
    /// <param name="cancellationToken">Stops training between examples.</param>
    /// <returns>The trained recognizer.</returns>
    /// <exception cref="ArgumentException">There is no training text with a token, or a span lies outside its text.</exception>
    public static EntityRecognizer Train(IEnumerable<AnnotatedText> train, IEnumerable<AnnotatedText>? dev, EntityTrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        return TrainInMemory(() => Sentences(train, nameof(train)), () => dev is null ? new Corpus([], null) : Sentences(dev, nameof(dev)),
            "At least one training text with a token is needed.", options, cancellationToken);
    }

    /// <summary>Checks the options, reads the corpora (timed from the start) and trains; an empty training corpus is refused.</summary>
    private static EntityRecognizer TrainInMemory(Func<Corpus> train, Func<Corpus> dev, string emptyMessage, EntityTrainingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var progress = Reporter(options, clock);
        var trainCorpus = train();
        if (trainCorpus.Sentences.Count == 0)
        {
            throw new ArgumentException(emptyMessage, nameof(train));
        }

        return Train(trainCorpus, dev(), options, clock, progress, cancellationToken);
    }

    private static Action<string>? Reporter(EntityTrainingOptions options, Stopwatch clock) =>
        options.Progress is { } reporter ? message => reporter.Report(new TrainingProgress(message) { Elapsed = clock.Elapsed }) : null;

    /// <summary>Sentences, and the index of each document's first sentence where documents are known (else null).</summary>
    private sealed record Corpus(List<ConllSentence> Sentences, HashSet<int>? DocumentStarts);

    private static EntityRecognizer Train(Corpus trainCorpus, Corpus devCorpus, EntityTrainingOptions options, Stopwatch clock, Action<string>? progress,
        CancellationToken cancellationToken)
    {
        var trainSentences = trainCorpus.Sentences;
        var devSentences = devCorpus.Sentences;
        var lexicon = LexiconBuilder.Build(options, progress);
        var extractor = new FeatureExtractor(lexicon);
        var train = Examples(trainSentences, options.DocumentSentences, trainCorpus.DocumentStarts);
        var dev = Examples(devSentences, options.DocumentSentences, devCorpus.DocumentStarts);
        progress?.Invoke(Invariant($"data: {train.Count:N0} training sentences, {dev.Count:N0} dev sentences, {LexiconBuilder.Describe(lexicon)}"));

        var firstIndex = new FeatureIndex();
        Featurize(extractor, train, null, firstIndex, grow: true);
        Featurize(extractor, dev, null, firstIndex, grow: false);
        progress?.Invoke(Invariant($"stage 1: {firstIndex.Count:N0} features"));
        var (first, firstEpochs) = TrainRuns("stage 1", train, dev, firstIndex.Count, options, options.Epochs, clock, cancellationToken);
        var firstStage = firstIndex.ToStage(first, options.Temperatures?[0] ?? Calibrate(first, firstIndex, dev, options.MinimumWeight, progress), options.MinimumWeight);

        TrainedStage? secondStage = null;
        if (options.DocumentStage)
        {
            var trainPredictions = Jackknife(train, firstIndex.Count, options, firstEpochs, progress, cancellationToken);
            var devPredictions = Predict(dev, first);
            var secondIndex = new FeatureIndex();
            Featurize(extractor, train, Hints(train, trainPredictions), secondIndex, grow: true);
            Featurize(extractor, dev, Hints(dev, devPredictions), secondIndex, grow: false);
            progress?.Invoke(Invariant($"stage 2: {secondIndex.Count:N0} features"));
            var (second, _) = TrainRuns("stage 2", train, dev, secondIndex.Count, options, options.SecondStageEpochs ?? options.Epochs, clock, cancellationToken);
            secondStage = secondIndex.ToStage(second, options.Temperatures?[1] ?? Calibrate(second, secondIndex, dev, options.MinimumWeight, progress), options.MinimumWeight);
        }

        var description = Invariant($"Nlp.Turkish entity model: {trainSentences.Count:N0} training sentences, {LexiconBuilder.Describe(lexicon)}, ") +
            Invariant($"{(secondStage is null ? 1 : 2)} stage(s), seed {options.Seed}");
        progress?.Invoke(Invariant($"trained in {clock.Elapsed.TotalSeconds:F1} s"));
        // The trained model is its file read back, so that it tags exactly as the saved model will (weights are stored
        // at half precision).
        return new EntityRecognizer(ModelFormat.Read(new MemoryStream(ModelFormat.Serialize(description, lexicon, firstStage.Transitions, secondStage?.Transitions, EmissionMerge.Merge(firstStage, secondStage)))));
    }

    /// <summary>Raw texts with spans as tokenized, tagged sentences; each text starts a document.</summary>
    private static Corpus Sentences(IEnumerable<AnnotatedText> texts, string parameter)
    {
        var sentences = new List<ConllSentence>();
        var starts = new HashSet<int>();
        var index = 0;
        foreach (var text in texts)
        {
            index++;
            if (text is null || text.Text is null || text.Entities is null)
            {
                throw new ArgumentException($"{parameter} text {index} is null or lacks its text or entities.", parameter);
            }

            var document = TurkishTokenizer.Default.Tokenize(text.Text);
            var tags = new string[document.Tokens.Count];
            Array.Fill(tags, "O");
            foreach (var span in text.Entities)
            {
                if (span.Start < 0 || span.End > text.Text.Length || span.End <= span.Start)
                {
                    throw new ArgumentException($"{parameter} text {index}: the span {span.Start}-{span.End} lies outside its {text.Text.Length} characters.", parameter);
                }

                // Tokens are in text order and do not overlap: from the first one that ends after the span's start, walk
                // while they start before its end (one ordered walk a span instead of a scan of every token).
                var first = true;
                for (var t = FirstEndingAfter(document.Tokens, span.Start); t < document.Tokens.Count && document.Tokens[t].Start < span.End; t++)
                {
                    if (document.Tokens[t].Kind != TokenKind.Suffix)
                    {
                        tags[t] = (first ? "B-" : "I-") + EntityLabels.TypeName(span.Type);
                        first = false;
                    }
                }
            }

            starts.Add(sentences.Count);
            foreach (var sentence in document.Sentences)
            {
                var words = new string[sentence.TokenCount];
                for (var t = 0; t < words.Length; t++)
                {
                    words[t] = document.GetText(document.Tokens[sentence.FirstToken + t]);
                }

                sentences.Add(new ConllSentence(words, words, tags[sentence.FirstToken..sentence.EndToken]));
            }
        }

        return new Corpus(sentences, starts);
    }

    /// <summary>The index of the first token whose end lies after <paramref name="offset"/> (binary search), or the count.</summary>
    private static int FirstEndingAfter(IReadOnlyList<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = tokens[middle].End > offset ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    private static List<TrainingExample> Examples(List<ConllSentence> sentences, int sentencesPerDocument, HashSet<int>? documentStarts)
    {
        var examples = new List<TrainingExample>(sentences.Count);
        foreach (var document in ConllDocument.Split(sentences, sentencesPerDocument, documentStarts))
        {
            for (var s = 0; s < document.Count; s++)
            {
                examples.Add(new TrainingExample(document, s, Iob2Tags.ToLabels(sentences[document.First + s].Tags!)));
            }
        }

        return examples;
    }

    private static void Featurize(FeatureExtractor extractor, List<TrainingExample> examples, Dictionary<ConllDocument, DocumentHint[]>? hints, FeatureIndex index, bool grow)
    {
        var scratch = new TrainingBuffers();
        var ids = new List<int>();
        foreach (var example in examples)
        {
            var sentence = example.Document.Sentences[example.Sentence];
            var n = sentence.TokenCount;
            var features = scratch.Features(n);
            var counts = scratch.Counts(n);
            var exampleHints = hints is null ? [] : hints[example.Document].AsSpan(sentence.FirstToken, n);
            extractor.Extract(example.Document.Text, example.Document.Tokens.AsSpan(sentence.FirstToken, n), scratch.Facts(n), exampleHints, features, counts);
            ids.Clear();
            var offsets = new int[n + 1];
            for (var i = 0; i < n; i++)
            {
                offsets[i] = ids.Count;
                foreach (var key in features.Slice(i * FeatureExtractor.MaxFeaturesPerToken, counts[i]))
                {
                    var id = grow ? index.GetOrAdd(key) : index.Find(key);
                    if (id >= 0)
                    {
                        ids.Add(id);
                    }
                }
            }

            offsets[n] = ids.Count;
            example.Ids = ids.ToArray();
            example.Offsets = offsets;
        }
    }

    /// <summary>
    /// Trains a stage <see cref="EntityTrainingOptions.Runs"/> times, each run with its own order of the examples, and
    /// averages the runs' weights: an averaged perceptron depends on the order it meets the examples in, and the mean
    /// of several orders varies less. The epoch count returned is the first run's.
    /// </summary>
    private static ((float[] Emissions, float[] Structure) Weights, int Epochs) TrainRuns(string name, List<TrainingExample> train, List<TrainingExample> dev,
        int featureCount, EntityTrainingOptions options, int epochs, Stopwatch started, CancellationToken cancellationToken)
    {
        var (sum, firstEpochs) = TrainStage(name, train, dev, featureCount, options, options.Seed, epochs, quiet: false, started, cancellationToken);
        if (options.Runs == 1)
        {
            return (sum, firstEpochs);
        }

        for (var run = 1; run < options.Runs; run++)
        {
            var (weights, _) = TrainStage(Invariant($"{name} run {run + 1}"), train, dev, featureCount, options, options.Seed + (run * 7919), epochs, quiet: false, started, cancellationToken);
            Add(sum.Emissions, weights.Emissions);
            Add(sum.Structure, weights.Structure);
        }

        Scale(sum.Emissions, 1f / options.Runs);
        Scale(sum.Structure, 1f / options.Runs);
        if (dev.Count > 0)
        {
            var report = Score(dev, Predict(dev, sum));
            options.Progress?.Report(new TrainingProgress(Invariant($"{name}: mean of {options.Runs} runs, dev F1 {report.Overall.F1 * 100:F2}")) { Stage = name, Elapsed = started.Elapsed });
        }

        return (sum, firstEpochs);

        static void Add(float[] sum, float[] values)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += values[i];
            }
        }

        static void Scale(float[] values, float factor)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= factor;
            }
        }
    }

    /// <summary>Trains one stage; with a dev set and early stopping, returns the averaged weights of the best epoch.</summary>
    private static ((float[] Emissions, float[] Structure) Weights, int Epochs) TrainStage(string name, List<TrainingExample> train, List<TrainingExample> dev,
        int featureCount, EntityTrainingOptions options, int seed, int epochs, bool quiet, Stopwatch started, CancellationToken cancellationToken)
    {
        var perceptron = new Perceptron(featureCount, options.Margin, options.MissCostsByType(), options.EntityCostsByType());
        var scratch = new TrainingBuffers();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        (float[], float[]) best = default;
        var bestF1 = -1.0;
        var bestEpoch = epochs;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            foreach (var index in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                perceptron.Train(train[index], scratch);
            }

            var averaged = perceptron.Averaged();
            if (dev.Count == 0)
            {
                best = averaged;
                continue;
            }

            var report = Score(dev, Predict(dev, averaged));
            if (!quiet)
            {
                options.Progress?.Report(new TrainingProgress(Invariant(
                    $"{name} epoch {epoch}/{epochs}: dev F1 {report.Overall.F1 * 100:F2} (P {report.Overall.Precision * 100:F2}, R {report.Overall.Recall * 100:F2}) in {clock.Elapsed.TotalSeconds:F1} s"))
                {
                    Stage = name,
                    Epoch = epoch,
                    Epochs = epochs,
                    DevF1 = report.Overall.F1,
                    Elapsed = started.Elapsed,
                    StageRemaining = clock.Elapsed * (epochs - epoch),
                });
            }

            if (!options.EarlyStopping || report.Overall.F1 > bestF1)
            {
                bestF1 = report.Overall.F1;
                best = averaged;
                bestEpoch = epoch;
            }
        }

        if (dev.Count > 0 && !quiet)
        {
            options.Progress?.Report(new TrainingProgress(Invariant($"{name}: kept epoch {bestEpoch} (dev F1 {bestF1 * 100:F2})")) { Stage = name, Elapsed = started.Elapsed });
        }

        return (best, bestEpoch);
    }

    /// <summary>Stage-one predictions for every training example, each from a model that did not see its document.</summary>
    private static int[][] Jackknife(List<TrainingExample> train, int featureCount, EntityTrainingOptions options, int epochs,
        Action<string>? progress, CancellationToken cancellationToken)
    {
        var predictions = new int[train.Count][];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, options.Folds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, fold =>
        {
            var inFold = train.Select((e, i) => (e, i)).Where(x => FoldOf(x.e, options) == fold).ToList();
            var rest = train.Where(e => FoldOf(e, options) != fold).ToList();
            var (weights, _) = TrainStage("jackknife", rest, [], featureCount, options, options.Seed, epochs, quiet: true, Stopwatch.StartNew(), cancellationToken);
            var held = Predict(inFold.Select(x => x.e).ToList(), weights);
            for (var k = 0; k < inFold.Count; k++)
            {
                predictions[inFold[k].i] = held[k];
            }
        });
        progress?.Invoke(Invariant($"jackknife: {options.Folds} folds x {epochs} epochs in {clock.Elapsed.TotalSeconds:F1} s"));
        return predictions;
    }

    private static int FoldOf(TrainingExample example, EntityTrainingOptions options) =>
        example.Document.First / options.DocumentSentences % options.Folds;

    private static int[][] Predict(List<TrainingExample> examples, (float[] Emissions, float[] Structure) weights)
    {
        var decoder = new Perceptron(0);
        var scratch = new TrainingBuffers();
        var result = new int[examples.Count][];
        for (var e = 0; e < examples.Count; e++)
        {
            var labels = new int[examples[e].Length];
            decoder.Decode(examples[e], weights.Emissions, weights.Structure, labels, scratch);
            result[e] = labels;
        }

        return result;
    }

    private static EvaluationReport Score(List<TrainingExample> examples, int[][] predictions)
    {
        var scorer = new EntityScorer();
        for (var e = 0; e < examples.Count; e++)
        {
            scorer.Add(Iob2Tags.FromLabels(examples[e].Gold), Iob2Tags.FromLabels(predictions[e]));
        }

        return scorer.Report();
    }

    /// <summary>Document hints per document from per-sentence predictions.</summary>
    private static Dictionary<ConllDocument, DocumentHint[]> Hints(List<TrainingExample> examples, int[][] predictions)
    {
        var result = new Dictionary<ConllDocument, DocumentHint[]>();
        var e = 0;
        while (e < examples.Count)
        {
            var document = examples[e].Document;
            var labels = new int[document.Tokens.Length];
            for (var s = 0; s < document.Count; s++, e++)
            {
                predictions[e].CopyTo(labels, document.Sentences[s].FirstToken);
            }

            var lowers = new ulong[labels.Length];
            for (var i = 0; i < lowers.Length; i++)
            {
                lowers[i] = FeatureHash.OfLower(document.Tokens[i].GetSpan(document.Text));
            }

            var hints = new DocumentHint[labels.Length];
            DocumentHints.Compute(document.Text, document.Tokens, labels, lowers, hints);
            result[document] = hints;
        }

        return result;
    }

    /// <summary>
    /// The temperature that makes span confidences honest on dev: the one, on a geometric grid, that minimizes the
    /// log loss of "this predicted entity is correct".
    /// </summary>
    private static float Calibrate((float[] Emissions, float[] Structure) weights, FeatureIndex index, List<TrainingExample> dev, float minimumWeight, Action<string>? progress)
    {
        if (dev.Count == 0)
        {
            return 1f;
        }

        var chain = index.ToStage(weights, 1f, minimumWeight).Transitions;
        var scratch = new TrainingBuffers();
        // A geometric grid, 2^(k/2) from 1/4 to 1024.
        var temperatures = Enumerable.Range(-4, 25).Select(k => (float)Math.Pow(2, k / 2.0)).ToArray();
        var losses = new double[temperatures.Length];
        var decoder = new Perceptron(0);
        var spans = 0;
        foreach (var example in dev)
        {
            var n = example.Length;
            var scores = new float[n * EntityLabels.Count];
            var sentenceScratch = scratch.Scores(n);
            var labels = new int[n];
            decoder.Decode(example, weights.Emissions, weights.Structure, labels, scratch);
            sentenceScratch[..(n * EntityLabels.Count)].CopyTo(scores);
            var gold = Iob2Tags.Chunks(Iob2Tags.FromLabels(example.Gold));
            var predicted = Iob2Tags.Chunks(Iob2Tags.FromLabels(labels));
            if (predicted.Count == 0)
            {
                continue;
            }

            for (var t = 0; t < temperatures.Length; t++)
            {
                scratch.Marginals.Compute(chain, scores, n, 1.0 / temperatures[t], logSpace: false);
                foreach (var (start, end, type) in predicted)
                {
                    var p = Math.Clamp(scratch.Marginals.SpanProbability(labels, start, end - 1), 1e-6, 1 - 1e-6);
                    losses[t] -= gold.Contains((start, end, type)) ? Math.Log(p) : Math.Log(1 - p);
                }
            }

            spans += predicted.Count;
        }

        // Probabilities are clamped away from 0 and 1, so every loss is finite; a non-finite one would be a fault.
        var best = -1;
        for (var t = 0; t < losses.Length; t++)
        {
            if (double.IsFinite(losses[t]) && (best < 0 || losses[t] < losses[best]))
            {
                best = t;
            }
        }

        if (best < 0)
        {
            throw new InvalidOperationException("Calibration failed: the log loss is not a finite number at any temperature; please report this.");
        }

        progress?.Invoke(Invariant($"calibration: temperature {temperatures[best]:F2}, log loss {losses[best] / Math.Max(spans, 1):F4} over {spans:N0} dev entities"));
        return temperatures[best];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
