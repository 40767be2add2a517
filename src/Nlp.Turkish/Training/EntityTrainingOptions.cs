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

    /// <summary>
    /// With <see cref="GazetteersDirectory"/>: also build in the lists added to it since the first model (Zemberek's
    /// lexicons and abbreviation expansions, world places in Turkish spelling, provinces and districts, parties, members
    /// of parliament, universities, listed companies, surnames, OnurArdaB's lexicons). Default true.
    /// </summary>
    public bool ModernGazetteers { get; init; } = true;

    /// <summary>
    /// A fastText <c>.vec</c> file of word vectors learned from unlabeled news (<c>models/build/word-vectors.sh</c>), or
    /// null: its words are clustered and the clusters become features.
    /// </summary>
    public string? WordVectors { get; init; }

    /// <summary>
    /// A second file of word vectors in the same format, clustered on its own into a second set of word classes stored
    /// in the model, or null. The shipped model's are profiles rather than embeddings: for each word of the unlabeled
    /// news, how often each kind of case suffix is written after it with an apostrophe and how often it is capitalized
    /// (<c>models/build/suffix-profiles.py</c>), which tells places (<c>Reina'da</c>) from people (<c>Ahmet'in</c>).
    /// </summary>
    public string? SecondWordVectors { get; init; }

    /// <summary>
    /// How many times each stage is trained, each time with the examples in another order, its weights the mean of the
    /// runs (default 1): more runs cost training time, not tagging time, and vary less with the order.
    /// </summary>
    public int Runs { get; init; } = 1;

    /// <summary>
    /// Feature rows whose weights all lie below this in magnitude are left out of the model: a smaller file and package
    /// for a little accuracy. Default 0.001 (rows that are zero at the file's half precision).
    /// </summary>
    public float MinimumWeight { get; init; } = 1e-3f;

    /// <summary>
    /// The margin the perceptron asks of the gold labels: in training, every wrong label of a token scores this much more
    /// when an example is decoded, so an example keeps updating until its gold sequence wins by the margin times the
    /// tokens it differs in. Default 0, the plain perceptron; the shipped model's recipe uses 32 (models/README.md).
    /// </summary>
    public float Margin { get; init; }

    /// <summary>
    /// With a <see cref="Margin"/>: the cost of leaving out an entity of a type, in margins. In training, at a token
    /// inside a gold entity of a listed type, the outside label (<c>O</c>) scores this many margins more instead of one
    /// when the example is decoded, so the perceptron learns to miss such names less often: training leans towards that
    /// type's recall, at some cost in its precision (a cost under 1 leans the other way). Types not listed keep 1; null,
    /// the default, keeps every cost at one margin. The shipped recipe gives LOCATION and ORGANIZATION 2, the types
    /// whose recall trails their precision on modern news (models/README.md).
    /// </summary>
    public IReadOnlyDictionary<EntityType, float>? MissCosts { get; init; }

    /// <summary>
    /// With a <see cref="Margin"/>: the cost of any mistake inside an entity of a type, in margins. In training, at a
    /// token inside a gold entity of a listed type, every label but the gold one (the outside label, another type,
    /// another position) scores this many margins more instead of one, so the perceptron keeps updating until such a
    /// name wins by that much against being left out, typed otherwise or cut. A <see cref="MissCosts"/> entry for the
    /// same type adds its extra margins to the outside label's. Types not listed keep 1; null, the default, keeps every
    /// cost at one margin. The shipped recipe gives LOCATION and ORGANIZATION 2 (models/README.md).
    /// </summary>
    public IReadOnlyDictionary<EntityType, float>? EntityCosts { get; init; }

    /// <summary>The CLDR <c>common</c> folder (with <c>main/tr.xml</c> and <c>subdivisions/tr.xml</c>), or null.</summary>
    public string? CldrDirectory { get; init; }

    /// <summary>The hunspell-tr dictionary (<c>tr_TR.dic</c>), or null.</summary>
    public string? HunspellDictionary { get; init; }

    /// <summary>
    /// Receives progress reports (what is being built, per-epoch dev F1 and timings), or null. Called on the training
    /// thread in order; a <see cref="System.Progress{T}"/> would post them to a synchronization context instead.
    /// </summary>
    public IProgress<TrainingProgress>? Progress { get; init; }

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
        ArgumentOutOfRangeException.ThrowIfLessThan(Runs, 1);
        RequireFiniteNonNegative(MinimumWeight, nameof(MinimumWeight), "minimum weight");
        RequireFiniteNonNegative(Margin, nameof(Margin), "margin");
        ValidateCosts(MissCosts, nameof(MissCosts), "miss cost", "Miss costs");
        ValidateCosts(EntityCosts, nameof(EntityCosts), "entity cost", "Entity costs");
    }

    /// <summary>The miss cost of each entity type, in <see cref="EntityType"/> order (1 where none is given).</summary>
    internal float[] MissCostsByType() => ByType(MissCosts);

    /// <summary>The entity cost of each entity type, in <see cref="EntityType"/> order (1 where none is given).</summary>
    internal float[] EntityCostsByType() => ByType(EntityCosts);

    private static float[] ByType(IReadOnlyDictionary<EntityType, float>? costs)
    {
        var byType = new float[] { 1, 1, 1 };
        foreach (var (type, cost) in costs ?? new Dictionary<EntityType, float>())
        {
            byType[(int)type] = cost;
        }

        return byType;
    }

    /// <summary>Refuses a cost of an unknown type, a cost that is not a finite number above zero, or a cost other than 1 without a margin.</summary>
    private void ValidateCosts(IReadOnlyDictionary<EntityType, float>? costs, string name, string what, string plural)
    {
        if (costs is null)
        {
            return;
        }

        foreach (var (type, cost) in costs)
        {
            if (!Enum.IsDefined(type))
            {
                throw new ArgumentException($"{(int)type} is not an entity type.", name);
            }

            if (!(cost > 0) || float.IsInfinity(cost))
            {
                throw new ArgumentOutOfRangeException(name, cost, $"The {what} of {type} must be a finite number above zero.");
            }
        }

        if (Margin == 0 && costs.Values.Any(c => c != 1))
        {
            throw new ArgumentException($"{plural} scale the margin: give a Margin above zero.", name);
        }
    }

    /// <summary>Refuses a value that is negative, infinite or NaN, naming the option.</summary>
    private static void RequireFiniteNonNegative(float value, string name, string what)
    {
        if (!(value >= 0) || float.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"The {what} must be a finite number, zero or more.");
        }
    }
}
