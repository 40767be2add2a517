using System.Text;
using Nlp.Turkish.Evaluation;
using Nlp.Turkish.Tests.Tokenization;

namespace Nlp.Turkish.Tests.Reliability;

/// <summary>
/// Inputs far larger than any article: a 100 MB document through <see cref="EntityRecognizer.Analyze(string)"/>, and
/// streams whose live memory must not grow with their length (<see cref="EntityRecognizer.AnalyzeLinesAsync"/>, CoNLL
/// tagging) or with the number of threads that tag. Memory is measured as the live managed heap after a full
/// collection, which does not depend on timing. The last sample must sit near the lowest: what other tests left behind
/// may be collected on the way (the heap can fall), a call that runs beside another one adds a tagging scratch of its
/// own (up to about 40 MB once its word cache has grown), but a leak adds with every line.
/// </summary>
[NonParallelizable]
[SkipInMutationRun]
public class LargeInputTests
{
    /// <summary>News-like lines with names, suffixes, numbers, and some broken text among them.</summary>
    private static readonly string[] Lines =
    [
        "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Sırbistan Cumhurbaşkanı Aleksandar Vucic'i Astana'da karşıladı.",
        "Tokayev ile Vucic, Akorda'daki görüşmede 27.02.2026 tarihinde %65 oranında artış öngören anlaşmayı imzaladı.",
        "AA muhabirinin aktardığına göre, TBMM Başkanı Numan Kurtulmuş İSTANBUL'DA konuştu: \"Avrupa ile ilişkiler önemli.\"",
        "Belgrad'dan gelen heyet 15:08'de Dışişleri Bakanlığına ulaştı; www.aa.com.tr ve x@y.com adreslerinden duyuruldu…",
        "Москва, مرحبا, 👍🏽 ve \u0000 gibi karakterler de haberlerde geçebilir \uD800 \u200B.",
    ];

    [Test]
    public void Analyze_100MegabyteDocument_KeepsEveryOffsetExactAndLetsItsMemoryGo()
    {
        var before = LiveBytes();
        AnalyzeHugeDocument();

        // The thread's reusable buffers grew to the document's size while it was tagged; they must not stay that big.
        var after = LiveBytes();
        TestContext.Out.WriteLine($"live heap before {before / 1e6:F1} MB, after {after / 1e6:F1} MB");
        Assert.That(after - before, Is.LessThan(40_000_000));
    }

    [Test]
    public void Analyze_OnManyLiveThreadsInTurn_SharesOneTaggingScratch()
    {
        var text = TestData.SeedArticle;
        var expected = EntityRecognizer.Default.Analyze(text).Entities;
        var before = LiveBytes();

        // 24 threads (as a server's thread pool keeps them) tag one after another and stay alive until measured.
        using var release = new ManualResetEventSlim();
        var threads = new List<Thread>();
        for (var t = 0; t < 24; t++)
        {
            IReadOnlyList<EntityMention>? entities = null;
            using var done = new ManualResetEventSlim();
            var thread = new Thread(() =>
            {
                entities = EntityRecognizer.Default.Analyze(text).Entities;
                done.Set();
                release.Wait();
            });
            thread.Start();
            done.Wait();
            Assert.That(entities, Is.EqualTo(expected));
            threads.Add(thread);
        }

        // The calls ran one at a time, so the scratch (word cache and buffers, up to about 40 MB) the first one used served
        // them all; a scratch kept per thread would hold 24 of them while the threads live.
        var after = LiveBytes();
        release.Set();
        threads.ForEach(thread => thread.Join());
        TestContext.Out.WriteLine($"live heap before {before / 1e6:F1} MB, with 24 threads alive {after / 1e6:F1} MB");
        Assert.That(after - before, Is.LessThan(30_000_000));
    }

    private static void AnalyzeHugeDocument()
    {
        // 50 million UTF-16 characters: 100 MB in memory, about 8 million tokens.
        var builder = new StringBuilder(50_000_000 + 200);
        for (var i = 0; builder.Length < 50_000_000; i++)
        {
            builder.Append(Lines[i % Lines.Length]).Append(i % 7 == 0 ? "\n\n" : " ");
        }

        var text = builder.ToString();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var document = EntityRecognizer.Default.Analyze(text);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        // The document (tokens, sentences, mentions) and the work of tagging it: 7-10 bytes per character of news
        // text (this text, dense with names, is the high end), as the README states; a bound that grows with the
        // text and nothing else.
        TestContext.Out.WriteLine($"allocated {allocated / 1e6:F0} MB for {text.Length / 1e6:F0} M characters, {document.Tokens.Count / 1e6:F1} M tokens");
        Assert.That(allocated, Is.LessThan(12L * text.Length));

        Assert.That(TokenizerAssert.FindInvariantViolation(text, document), Is.Null);
        Assert.That(document.Tokens, Has.Count.GreaterThan(7_000_000));
        var previousEnd = 0;
        foreach (var entity in document.Entities)
        {
            Assert.That(entity.Start, Is.GreaterThanOrEqualTo(previousEnd), "mentions are in order and do not overlap");
            Assert.That(text.AsSpan(entity.Start, entity.Length).SequenceEqual(entity.Text), Is.True, $"mention at {entity.Start}");
            previousEnd = entity.End;
        }

        var perLine = document.Entities.Count(e => e.Text == "Tokayev");
        Assert.That(perLine, Is.GreaterThan(50_000), "names are still found deep into the document");
    }

    [Test]
    public async Task AnalyzeLinesAsync_LongStream_LiveMemoryStaysFlat()
    {
        const int documents = 60_000;
        var samples = new List<long>();
        var analyzed = 0;
        using var reader = new GeneratedLines(documents, i => Lines[i % Lines.Length] + " " + Lines[(i * 3 + 1) % Lines.Length]);
        await foreach (var document in EntityRecognizer.Default.AnalyzeLinesAsync(reader))
        {
            Assert.That(document.Entities, Is.Not.Empty);
            if (++analyzed % 10_000 == 0)
            {
                samples.Add(LiveBytes());
            }
        }

        Assert.That(analyzed, Is.EqualTo(documents));
        TestContext.Out.WriteLine($"live heap every 10,000 documents: {string.Join(", ", samples.Select(b => $"{b / 1e6:F1} MB"))}");
        Assert.That(samples[^1] - samples.Min(), Is.LessThan(16_000_000), "live memory grows with the stream");
    }

    [Test]
    public void ConllTag_LongStream_LiveMemoryStaysFlat()
    {
        // About 1.2 million CoNLL lines, generated as they are read and written to a sink that keeps nothing.
        const int sentences = 60_000;
        var samples = new List<long>();
        var words = Lines[0].Split(' ');
        using var reader = new GeneratedLines(sentences * (words.Length + 1), i =>
        {
            var position = i % (words.Length + 1);
            if (position == words.Length && i / (words.Length + 1) % 10_000 == 9_999)
            {
                samples.Add(LiveBytes());
            }

            return position == words.Length ? string.Empty : words[position];
        });
        using var output = new CountingWriter();

        // On one thread: every thread-pool thread that joins a parallel run brings its own scratch and word cache
        // (about 5 MB), and in a full test run enough of them joined midway to pass for a leak. The batches are read,
        // held and written the same way on either path.
        ConllCorpus.Tag(EntityRecognizer.Default, reader, output, ConllCorpus.DefaultDocumentSentences, maxDegreeOfParallelism: 1);

        Assert.That(output.Lines, Is.EqualTo(sentences * (words.Length + 1)));
        TestContext.Out.WriteLine($"live heap every 10,000 sentences: {string.Join(", ", samples.Select(b => $"{b / 1e6:F1} MB"))}");
        Assert.That(samples, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(samples[^1] - samples.Min(), Is.LessThan(16_000_000), "live memory grows with the stream");
    }

    private static long LiveBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>A reader of <c>count</c> lines made on demand, so the stream itself holds nothing.</summary>
    private sealed class GeneratedLines(int count, Func<int, string> line) : TextReader
    {
        private int _next;

        public override string? ReadLine() => _next < count ? line(_next++) : null;

        public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
    }

    /// <summary>A writer that counts lines and keeps nothing.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public int Lines { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Lines++;
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }
    }
}
