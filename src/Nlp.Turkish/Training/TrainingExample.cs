using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Training;

/// <summary>A training sentence: where it lives in its document, its gold BILOU labels and its features as dense ids.</summary>
internal sealed class TrainingExample
{
    public TrainingExample(ConllDocument document, int sentence, int[] gold)
    {
        Document = document;
        Sentence = sentence;
        Gold = gold;
    }

    public ConllDocument Document { get; }

    public int Sentence { get; }

    public int[] Gold { get; }

    public int Length => Gold.Length;

    public int[] Ids { get; set; } = [];

    public int[] Offsets { get; set; } = [];

    public ReadOnlySpan<int> FeaturesOf(int token) => Ids.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}
