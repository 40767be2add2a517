namespace Nlp.Turkish.Training;

/// <summary>Settings of <see cref="EntityTrainer"/>. Training is deterministic for given data, options and seed.</summary>
public sealed class EntityTrainingOptions
{
    /// <summary>The most passes over the training data per stage (default 12).</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>The most passes of the second stage, or null for <see cref="Epochs"/>. It learns fast from its hints,
    /// so fewer passes suit it.</summary>
    public int? SecondStageEpochs { get; init; }

    /// <summary>
    /// Confidence temperatures for stage one and stage two, or null to calibrate them on the dev set. Give them when the
    /// dev set is also training data (the shipped model), taking the values calibrated in a run that held dev out.
    /// </summary>
    public IReadOnlyList<float>? Temperatures { get; init; }

    /// <summary>With a dev set: keep the epoch with the best dev F1 instead of the last (default true).</summary>
    public bool EarlyStopping { get; init; } = true;

    /// <summary>The seed of the example order (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Train the second, document-level stage (default true).</summary>
    public bool DocumentStage { get; init; } = true;

    /// <summary>Folds of the jackknife that gives the second stage honest first-stage predictions (default 5).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>How many consecutive CoNLL sentences count as one document (default 25).</summary>
    public int DocumentSentences { get; init; } = Evaluation.ConllCorpus.DefaultDocumentSentences;

    /// <summary>The folder of the name lists (<c>turkish-given-names/</c>, <c>common-turkish-names/</c>), or null.</summary>
    public string? GazetteersDirectory { get; init; }

    /// <summary>The CLDR <c>common</c> folder (with <c>main/tr.xml</c> and <c>subdivisions/tr.xml</c>), or null.</summary>
    public string? CldrDirectory { get; init; }

    /// <summary>The hunspell-tr dictionary (<c>tr_TR.dic</c>), or null.</summary>
    public string? HunspellDictionary { get; init; }

    /// <summary>Receives progress lines (per-epoch dev F1 and timings), or null.</summary>
    public Action<string>? Progress { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(SecondStageEpochs ?? 1, 1);
        if (Temperatures is not null && (Temperatures.Count != (DocumentStage ? 2 : 1) || Temperatures.Any(t => !(t > 0) || float.IsInfinity(t))))
        {
            throw new ArgumentException("Give one positive temperature per stage.", nameof(Temperatures));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(Folds, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(DocumentSentences, 1);
    }
}
