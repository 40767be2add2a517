using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>CoNLL evaluation that also gives each document as text with its gold and predicted spans (for a report).</summary>
public class EvaluatedTextTests
{
    // "Vucic" is gold ORGANIZATION (the shipped model, seeing it alone at the start of a sentence before a place, leaves it
    // out); "I-LOCATION" on "Belgrad" is a stray I-, read as conlleval
    // reads it (an entity starts there); a -DOCSTART- line is skipped.
    private const string Conll = "-DOCSTART-\tO\n\nTokayev\tB-PERSON\n,\tO\nAstana\tB-LOCATION\n'da\tO\nkonuştu\tO\n\n" +
        "Vucic\tB-ORGANIZATION\nBelgrad\tI-LOCATION\n'a\tO\ndöndü\tO\n\nKasım\tB-PERSON\nCömert\tI-PERSON\nTokayev\tI-PERSON\ngeldi\tO\n";

    [Test]
    public void Evaluate_WithDocuments_GivesTextsAndSpansAndTheSameReport()
    {
        var documents = new List<EvaluatedText>();
        var report = ConllCorpus.Evaluate(EntityRecognizer.Default, new StringReader(Conll), "gold", 2, null, documents);
        var plain = ConllCorpus.Evaluate(EntityRecognizer.Default, new StringReader(Conll), "gold", 2);
        Assert.That(report.Overall, Is.EqualTo(plain.Overall));
        Assert.That(report.Documents, Is.EqualTo(2));

        Assert.That(documents.Select(d => d.Text), Is.EqualTo(new[]
        {
            "Tokayev , Astana 'da konuştu\nVucic Belgrad 'a döndü\n",
            "Kasım Cömert Tokayev geldi\n",
        }));
        string Show(EvaluatedText d, IReadOnlyList<EntitySpan> spans) => string.Join(" | ", spans.Select(s => $"{d.Text[s.Start..s.End]} {s.Type}"));
        Assert.That(Show(documents[0], documents[0].Gold), Is.EqualTo("Tokayev Person | Astana Location | Vucic Organization | Belgrad Location"));
        Assert.That(Show(documents[0], documents[0].Predicted), Is.EqualTo("Tokayev Person | Astana Location | Belgrad Location"), "a gold span the model misses");
        Assert.That(Show(documents[1], documents[1].Gold), Is.EqualTo("Kasım Cömert Tokayev Person"));
        Assert.That(Show(documents[1], documents[1].Predicted), Is.EqualTo("Cömert Tokayev Person"), "Kasım is also a month");

        // The spans agree with the report's counts.
        var tp = documents.Sum(d => d.Gold.Intersect(d.Predicted).Count());
        Assert.That((tp, documents.Sum(d => d.Gold.Count), documents.Sum(d => d.Predicted.Count)),
            Is.EqualTo((report.Overall.TruePositives, report.Overall.Gold, report.Overall.Predicted)));
    }

    [Test]
    public void Evaluate_WithDocuments_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => ConllCorpus.Evaluate(EntityRecognizer.Default, new StringReader(Conll), "gold", 2, null, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConllCorpus.Evaluate(EntityRecognizer.Default, new StringReader(Conll), "gold", 0, null, []));
    }
}
