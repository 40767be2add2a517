using Nlp.Turkish.Training;

namespace Nlp.Turkish.Cli;

/// <summary><c>nlp-tr train</c>: trains a model from IOB2 CoNLL or span-annotated files, printing progress and per-epoch dev F1 on stderr.</summary>
internal static class TrainCommand
{
    public static System.CommandLine.Command Create(TextWriter output) => CommandLine.Define("train",
        "Train a model from IOB2 CoNLL or span-annotated files (averaged perceptron over BILOU labels, two stages); prints each epoch's dev F1 " +
        "and the time left on stderr. models/build/train.sh holds the command that built the shipped model.",
        arguments => Run(arguments, output), null,
        CommandLine.Repeated("train", "FILE", "Training data: IOB2 CoNLL (PER/LOC/ORG or PERSON/LOCATION/ORGANIZATION), or raw text with spans in a format eval --gold reads (JSONL {text, entities}, doccano, Label Studio), told apart by the content; each span text is a document. Repeat for more files. Required."),
        CommandLine.Value("dev", "FILE", "Held-out CoNLL or span file: each epoch's F1 is printed on it; early stopping and the confidence temperatures use it."),
        CommandLine.Value("out", "FILE", "Where to write the model (written whole, then moved into place). Required.", "-o"),
        CommandLine.Value("epochs", "N", "Passes over the training data for stage one, 1 to 1000 (default 12)."),
        CommandLine.Value("stage2-epochs", "N", "Passes for stage two, the document-level stage (default: as --epochs)."),
        CommandLine.Value("stages", "1|2", "2 (default): a second stage that sees how the document's other mentions of a word were tagged; 1: sentence features only."),
        CommandLine.Flag("no-early-stopping", "Keep every epoch instead of the weights of the best dev epoch."),
        CommandLine.Value("temperatures", "T1[,T2]", "Confidence temperatures, one per stage, instead of fitting them on --dev."),
        CommandLine.Value("seed", "N", "Seed of the training order (default 1): the same data, options and seed give the same model, byte for byte."),
        CommandLine.Value("runs", "N", "Train each stage N times, each time with the examples in another order, and keep the mean of the weights (default 1)."),
        CommandLine.Value("folds", "N", "Jackknife folds that give stage two honest stage-one predictions on the training data (default 5)."),
        CommandLine.Value("doc-sentences", "N", $"Training CoNLL without -DOCSTART- lines: every N sentences form a document (default {Evaluation.ConllCorpus.DefaultDocumentSentences})."),
        CommandLine.Value("gazetteers", "DIR", "Folder of name lists (the layout of ../shared/datasets/gazetteers) built into the model as lexicon features."),
        CommandLine.Flag("no-modern-gazetteers", "With --gazetteers: leave out the lists added since the first model (Zemberek lexicons, world places, parties, MPs, universities, companies, surnames)."),
        CommandLine.Value("cldr", "DIR", "Unicode CLDR data (Debian unicode-cldr-core: /usr/share/unicode/cldr) for Turkish names of countries and cities."),
        CommandLine.Value("hunspell", "FILE", "A hunspell .dic (Debian hunspell-tr) whose words mark common Turkish words."),
        CommandLine.Value("word-vectors", "FILE", "Word vectors in fastText .vec text format, clustered at training time into word classes stored in the model."),
        CommandLine.Value("second-word-vectors", "FILE", "A second file of word vectors, clustered on its own into a second set of word classes (the shipped model: case-suffix profiles from models/build/suffix-profiles.py)."),
        CommandLine.Value("min-weight", "W", "Leave out of the model the features whose weights all lie below W in magnitude (default 0.001; larger gives a smaller model)."),
        CommandLine.Value("margin", "M", "Train for a margin: every wrong label scores M more when a training example is decoded (default 0, the plain perceptron; the shipped model uses 32)."),
        CommandLine.Value("miss-cost", "TYPE=K[,TYPE=K]", "With --margin: leaving out an entity of TYPE (PERSON, LOCATION or ORGANIZATION) costs K margins " +
            "instead of one, so training leans towards that type's recall (default 1 each)."),
        CommandLine.Value("entity-cost", "TYPE=K[,TYPE=K]", "With --margin: any mistake inside an entity of TYPE (left out, typed otherwise, cut) costs K margins " +
            "instead of one; a --miss-cost of the same type adds to leaving it out (default 1 each; the shipped model uses LOCATION=2,ORGANIZATION=2)."));

    private static int Run(Arguments arguments, TextWriter output)
    {
        var trainFiles = arguments.GetAll("train");
        if (trainFiles.Count == 0)
        {
            throw new CliException("option --train is required");
        }

        var outPath = arguments.Require("out");
        RequireWritable(outPath);
        var dev = arguments.Get("dev");
        foreach (var file in trainFiles.Append(dev).OfType<string>())
        {
            InputText.RequireFile(file);
        }

        var stages = arguments.GetInt("stages", 2, 1, 2);
        var temperatures = arguments.Get("temperatures") is { } values ? ParseTemperatures(values) : null;
        if (temperatures is not null && temperatures.Length != stages)
        {
            throw new CliException($"--temperatures takes one temperature per stage: {stages} for --stages {stages}, not {temperatures.Length}");
        }

        var options = new EntityTrainingOptions
        {
            Epochs = arguments.GetInt("epochs", 12, 1, 1000),
            SecondStageEpochs = arguments.Has("stage2-epochs") ? arguments.GetInt("stage2-epochs", 1, 1, 1000) : null,
            Seed = arguments.GetInt("seed", 1, 0, int.MaxValue),
            DocumentStage = stages == 2,
            EarlyStopping = !arguments.Has("no-early-stopping"),
            ModernGazetteers = !arguments.Has("no-modern-gazetteers"),
            DocumentSentences = arguments.GetInt("doc-sentences", Evaluation.ConllCorpus.DefaultDocumentSentences, 1, 100_000),
            GazetteersDirectory = Directory(arguments.Get("gazetteers")),
            CldrDirectory = Directory(arguments.Get("cldr")),
            HunspellDictionary = arguments.Get("hunspell") is { } hunspell ? InputText.RequireFile(hunspell) : null,
            WordVectors = arguments.Get("word-vectors") is { } vectors ? InputText.RequireFile(vectors) : null,
            SecondWordVectors = arguments.Get("second-word-vectors") is { } second ? InputText.RequireFile(second) : null,
            Temperatures = temperatures,
            Runs = arguments.GetInt("runs", 1, 1, 100),
            Folds = arguments.GetInt("folds", 5, 2, 100),
            MinimumWeight = arguments.Get("min-weight") is { } minimum ? ParseNonNegative("min-weight", minimum) : 1e-3f,
            Margin = arguments.Get("margin") is { } margin ? ParseNonNegative("margin", margin) : 0,
            MissCosts = arguments.Get("miss-cost") is { } missCosts ? ParseCosts("miss-cost", missCosts, arguments.Has("margin")) : null,
            EntityCosts = arguments.Get("entity-cost") is { } entityCosts ? ParseCosts("entity-cost", entityCosts, arguments.Has("margin")) : null,
            Progress = new LineProgress(),
        };

        EntityRecognizer recognizer;
        try
        {
            recognizer = EntityTrainer.Train(trainFiles, dev, options);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException)
        {
            throw new CliException(e.Message);
        }

        var temporary = outPath + ".tmp";
        recognizer.Save(temporary);
        File.Move(temporary, outPath, overwrite: true);
        output.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB): {recognizer.Description}");
        return 0;
    }

    /// <summary>
    /// Refuses an output path that training could not write to before training starts: a directory, a missing folder,
    /// a place without write permission.
    /// </summary>
    private static void RequireWritable(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            throw new CliException($"--out '{path}' is a directory; give a file name (for example {Path.Combine(path, "model.bin")})");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!System.IO.Directory.Exists(folder))
        {
            throw new CliException($"--out '{path}': the folder '{folder}' does not exist");
        }

        var probe = path + ".tmp";
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out '{path}' cannot be written: {e.Message}");
        }
    }

    private static float ParseNonNegative(string option, string value)
    {
        if (!float.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || !(number >= 0) || float.IsInfinity(number))
        {
            throw new CliException($"--{option} takes a number, zero or more, not '{value}'");
        }

        return number;
    }

    private static float[] ParseTemperatures(string value)
    {
        var parts = value.Split(',');
        var result = new float[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!float.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out result[i])
                || !(result[i] > 0) || float.IsInfinity(result[i]))
            {
                throw new CliException($"--temperatures takes positive numbers separated by commas, not '{value}'");
            }
        }

        return result;
    }

    /// <summary>Parses <c>TYPE=K</c> pairs separated by commas (types by their full or short names, each once; K above zero).</summary>
    private static Dictionary<EntityType, float> ParseCosts(string option, string value, bool hasMargin)
    {
        if (!hasMargin)
        {
            throw new CliException($"--{option} scales the margin: give --margin too");
        }

        var costs = new Dictionary<EntityType, float>();
        foreach (var pair in value.Split(','))
        {
            var parts = pair.Split('=');
            EntityType? type = parts[0].Trim().ToUpperInvariant() switch
            {
                "PERSON" or "PER" => EntityType.Person,
                "LOCATION" or "LOC" => EntityType.Location,
                "ORGANIZATION" or "ORG" => EntityType.Organization,
                _ => null,
            };
            if (parts.Length != 2 || type is null
                || !float.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var cost)
                || !(cost > 0) || float.IsInfinity(cost))
            {
                throw new CliException($"--{option} takes TYPE=K pairs separated by commas (TYPE one of PERSON, LOCATION, ORGANIZATION; K a number above zero), not '{value}'");
            }

            if (!costs.TryAdd(type.Value, cost))
            {
                throw new CliException($"--{option} gives {type.Value.ToString().ToUpperInvariant()} twice in '{value}'");
            }
        }

        return costs;
    }

    private static string? Directory(string? path) =>
        path is null || System.IO.Directory.Exists(path) ? path : throw new CliException($"directory not found: '{path}'");

    /// <summary>Writes each report's line to stderr as it comes (on the training thread).</summary>
    private sealed class LineProgress : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            var remaining = value.StageRemaining is { } left && value.Epoch < value.Epochs
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; {value.Stage} done in about {left.TotalSeconds:F0} s")
                : "";
            Console.Error.WriteLine(value.Message + remaining);
        }
    }
}
