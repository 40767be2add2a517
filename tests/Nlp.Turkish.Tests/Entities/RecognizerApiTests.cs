namespace Nlp.Turkish.Tests.Entities;

public class RecognizerApiTests
{
    private static readonly string[] Paragraphs = TestData.SeedArticle.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void Analyze_SpanOverload_MatchesStringOverload()
    {
        var text = TestData.SeedArticle;
        Assert.That(EntityRecognizer.Default.Extract(text.AsSpan()), Is.EqualTo(EntityRecognizer.Default.Extract(text)));
    }

    [Test]
    public void AnalyzeBatch_ReturnsDocumentsInInputOrderWithSequentialResults()
    {
        var texts = Enumerable.Range(0, 60).Select(i => Paragraphs[i % Paragraphs.Length] + new string(' ', i % 3)).ToList();
        var batch = EntityRecognizer.Default.AnalyzeBatch(texts);
        Assert.That(batch, Has.Length.EqualTo(texts.Count));
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.That(batch[i].Text, Is.SameAs(texts[i]));
            Assert.That(batch[i].Entities, Is.EqualTo(EntityRecognizer.Default.Analyze(texts[i]).Entities));
        }
    }

    [Test]
    public void AnalyzeBatch_NullItem_ThrowsArgumentNullExceptionAsDocumented()
    {
        var e = Assert.Throws<ArgumentNullException>(() => EntityRecognizer.Default.AnalyzeBatch(["Tokayev", null!]));
        Assert.That(e!.ParamName, Is.EqualTo("texts"));
        Assert.That(e.Message, Does.Contain("Item 1 is null"));
    }

    [Test]
    public void AnalyzeBatch_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => EntityRecognizer.Default.AnalyzeBatch(Paragraphs, cancellationToken: cancellation.Token));
    }

    [Test]
    public async Task AnalyzeLinesAsync_YieldsOneDocumentPerNonEmptyLine()
    {
        using var reader = new StringReader("Tokayev, Astana'da konuştu.\n\nVucic Belgrad'a döndü.\n");
        var documents = new List<Document>();
        await foreach (var document in EntityRecognizer.Default.AnalyzeLinesAsync(reader))
        {
            documents.Add(document);
        }

        Assert.That(documents.Select(d => d.Text), Is.EqualTo(new[] { "Tokayev, Astana'da konuştu.", "Vucic Belgrad'a döndü." }));
        Assert.That(documents[0].Entities.Select(e => e.Text), Is.EqualTo(new[] { "Tokayev", "Astana" }));
    }

    [Test]
    public void AnalyzeLinesAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in EntityRecognizer.Default.AnalyzeLinesAsync(new StringReader("Tokayev\n"), cancellation.Token))
            {
            }
        });
    }

    [Test]
    public async Task AnalyzeLinesAsync_WithOptions_GivesLineNumbers_KeepsEmptyLines_AndMatchesAnalyze()
    {
        var lines = Enumerable.Range(0, 700).Select(i => i % 7 == 3 ? "" : $"{Paragraphs[i % Paragraphs.Length].Replace('\n', ' ')} {i}").ToArray();
        using var reader = new StringReader(string.Join("\n", lines));
        var results = new List<AnalyzedLine>();
        await foreach (var line in EntityRecognizer.Default.AnalyzeLinesAsync(reader, new LineAnalysisOptions { KeepEmptyLines = true, BatchSize = 64, MaxDegreeOfParallelism = 2 }))
        {
            results.Add(line);
        }

        Assert.That(results.Select(r => r.LineNumber), Is.EqualTo(Enumerable.Range(1, lines.Length).Select(n => (long)n)));
        Assert.That(results.Select(r => r.Document.Text), Is.EqualTo(lines));
        Assert.That(results.Where(r => r.Document.Text.Length == 0).All(r => r.Document.Tokens.Count == 0 && r.Document.Entities.Count == 0));
        for (var i = 0; i < lines.Length; i += 50)
        {
            Assert.That(results[i].Document.Entities, Is.EqualTo(EntityRecognizer.Default.Analyze(lines[i]).Entities), $"line {i + 1}");
        }
    }

    [Test]
    public async Task AnalyzeLinesAsync_SkippingEmptyLines_KeepsTheInputLineNumbers()
    {
        using var reader = new StringReader("Tokayev Astana'da konuştu.\n\n\nVucic Belgrad'a döndü.");
        var numbers = new List<long>();
        await foreach (var line in EntityRecognizer.Default.AnalyzeLinesAsync(reader, new LineAnalysisOptions()))
        {
            numbers.Add(line.LineNumber);
        }

        Assert.That(numbers, Is.EqualTo(new long[] { 1, 4 }));
    }

    [Test]
    public void AnalyzeLinesAsync_WithBadOptions_Throws()
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in EntityRecognizer.Default.AnalyzeLinesAsync(new StringReader("a"), new LineAnalysisOptions { BatchSize = 0 }))
            {
            }
        });
        Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var _ in EntityRecognizer.Default.AnalyzeLinesAsync(new StringReader("a"), null!))
            {
            }
        });
    }
}
