using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>Raw-text scoring: exact spans and types, with an end inside a word counted to the word's end on both sides.</summary>
public class SpanScorerTests
{
    private const string Text = "İstanbul Valiliğinden yapılan açıklamaya göre Vali Ayşe Kaya Ankara'da.";

    private static EntitySpan Span(string surface, EntityType type, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        }

        return new EntitySpan(start, start + surface.Length, type);
    }

    [Test]
    public void Normalize_EndInsideAWord_MovesToTheWordsEnd()
    {
        var gold = Span("İstanbul Valiliği", EntityType.Organization);
        Assert.That(SpanScorer.Normalize(Text, gold), Is.EqualTo(Span("İstanbul Valiliğinden", EntityType.Organization)));
    }

    [TestCase("Ankara")]
    [TestCase("Ayşe Kaya")]
    [TestCase("Ankara'da.")]
    public void Normalize_EndAtAWordBoundary_StaysWhereItIs(string surface)
    {
        var span = Span(surface, EntityType.Location);
        Assert.That(SpanScorer.Normalize(Text, span), Is.EqualTo(span));
    }

    [Test]
    public void Add_CountsExactMatchesTypeErrorsAndBoundaryErrors()
    {
        var scorer = new SpanScorer();
        scorer.Add(Text,
            [Span("İstanbul Valiliği", EntityType.Organization), Span("Ayşe Kaya", EntityType.Person), Span("Ankara", EntityType.Location)],
            [Span("İstanbul Valiliğinden", EntityType.Organization), Span("Kaya", EntityType.Person), Span("Ankara", EntityType.Organization)]);
        var report = scorer.Report();
        Assert.That(report.For(EntityType.Organization), Is.EqualTo(new EntityScores(1, 1, 0)));
        Assert.That(report.For(EntityType.Person), Is.EqualTo(new EntityScores(0, 1, 1)));
        Assert.That(report.For(EntityType.Location), Is.EqualTo(new EntityScores(0, 0, 1)));
        Assert.That(report.Overall, Is.EqualTo(new EntityScores(1, 2, 2)));
        Assert.That(report.Documents, Is.EqualTo(1));
    }

    [TestCase(-1, 3)]
    [TestCase(5, 5)]
    [TestCase(60, 200)]
    public void Add_SpanOutsideTheText_Throws(int start, int end) =>
        Assert.Throws<ArgumentException>(() => new SpanScorer().Add(Text, [new EntitySpan(start, end, EntityType.Person)], []));

    [Test]
    public void SpansOf_GivesTheMentionsRanges()
    {
        var document = EntityRecognizer.Default.Analyze("Tokayev, Astana'da konuştu.");
        Assert.That(SpanScorer.SpansOf(document), Is.EqualTo(new[]
        {
            new EntitySpan(0, 7, EntityType.Person), new EntitySpan(9, 15, EntityType.Location),
        }));
    }

    [Test]
    public void Add_SpanOutsideTheText_SaysWhichSpanAndWhichSide()
    {
        var e = Assert.Throws<ArgumentException>(() => new SpanScorer().Add(Text, [], [new EntitySpan(3, 3, EntityType.Location)]));
        Assert.That(e!.ParamName, Is.EqualTo("predicted"));
        Assert.That(e.Message, Does.StartWith($"The span [3, 3) Location does not lie inside the text of {Text.Length} characters."));
    }

    [Test]
    public void Normalize_EmptySpanAtTheStart_StaysEmpty() =>
        Assert.That(SpanScorer.Normalize("Astana", new EntitySpan(0, 0, EntityType.Location)), Is.EqualTo(new EntitySpan(0, 0, EntityType.Location)));

    [Test]
    public void NullArguments_AreRefusedByName()
    {
        var scorer = new SpanScorer();
        Assert.That(Assert.Throws<ArgumentNullException>(() => scorer.Add(null!, [], []))!.ParamName, Is.EqualTo("text"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => scorer.Add(Text, null!, []))!.ParamName, Is.EqualTo("gold"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => scorer.Add(Text, [], null!))!.ParamName, Is.EqualTo("predicted"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanScorer.SpansOf(null!))!.ParamName, Is.EqualTo("document"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanScorer.Normalize(null!, default))!.ParamName, Is.EqualTo("text"));
    }
}
