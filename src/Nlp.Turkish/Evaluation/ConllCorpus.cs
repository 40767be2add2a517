using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Runs a recognizer over CoNLL files: evaluation against gold IOB2 tags, and tagging of pre-tokenized text. Tokens and
/// sentence breaks are taken as given; consecutive sentences are grouped into documents of
/// <c>documentSentences</c> sentences for the document-level stage.
/// </summary>
public static class ConllCorpus
{
    /// <summary>The number of consecutive sentences tagged together as one document unless told otherwise.</summary>
    public const int DefaultDocumentSentences = 25;

    /// <summary>Scores a recognizer on a gold CoNLL file with conlleval semantics (exact span and type).</summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="goldPath">An IOB2 CoNLL file (UTF-8): token in the first column, gold tag in the last.</param>
    /// <param name="documentSentences">Sentences per document.</param>
    /// <param name="warnings">Receives a line for each lenient reading of the file (once per kind), or null.</param>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8, has a malformed line (the message starts
    /// with <c>path:line:</c>) or holds no sentence.</exception>
    public static EvaluationReport Evaluate(EntityRecognizer recognizer, string goldPath, int documentSentences = DefaultDocumentSentences,
        Action<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        using var reader = ConllReader.OpenFile(goldPath);
        return Evaluate(recognizer, reader, goldPath, documentSentences, warnings);
    }

    /// <summary>Scores a recognizer on gold CoNLL text from a reader.</summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="gold">IOB2 CoNLL lines: token in the first column, gold tag in the last.</param>
    /// <param name="name">The input's name in error messages.</param>
    /// <param name="documentSentences">Sentences per document.</param>
    /// <param name="warnings">Receives a line for each lenient reading of the input (once per kind), or null.</param>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    /// <exception cref="InvalidDataException">A line is malformed (the message starts with <c>name:line:</c>) or
    /// the input holds no sentence.</exception>
    public static EvaluationReport Evaluate(EntityRecognizer recognizer, TextReader gold, string name, int documentSentences = DefaultDocumentSentences,
        Action<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(documentSentences, 1);
        return Score(recognizer, ConllReader.Read(gold, requireTags: true, name, warnings), documentSentences, null);
    }

    /// <summary>
    /// Scores a recognizer on gold CoNLL text from a reader, as <see cref="Evaluate(EntityRecognizer, TextReader, string, int, Action{string})"/>
    /// does, and adds each document to <paramref name="documents"/> as text with its gold and predicted entities (for a
    /// report that shows the errors): one tagging pass serves both.
    /// </summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="gold">IOB2 CoNLL lines: token in the first column, gold tag in the last.</param>
    /// <param name="name">The input's name in error messages.</param>
    /// <param name="documentSentences">Sentences per document.</param>
    /// <param name="warnings">Receives a line for each lenient reading of the input (once per kind), or null.</param>
    /// <param name="documents">Receives the documents in input order: tokens joined by spaces, a sentence a line; spans
    /// as the scorer reads the tags (conlleval semantics).</param>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    /// <exception cref="InvalidDataException">A line is malformed (the message starts with <c>name:line:</c>) or
    /// the input holds no sentence.</exception>
    public static EvaluationReport Evaluate(EntityRecognizer recognizer, TextReader gold, string name, int documentSentences, Action<string>? warnings,
        ICollection<EvaluatedText> documents)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(documentSentences, 1);
        return Score(recognizer, ConllReader.Read(gold, requireTags: true, name, warnings), documentSentences, documents);
    }

    private static EvaluationReport Score(EntityRecognizer recognizer, List<ConllSentence> sentences, int documentSentences, ICollection<EvaluatedText>? documents)
    {
        var predicted = Predict(recognizer, sentences, documentSentences, documents);
        var scorer = new EntityScorer();
        for (var s = 0; s < sentences.Count; s++)
        {
            scorer.Add(sentences[s].Tags!, predicted[s]);
        }

        return scorer.Report((sentences.Count + documentSentences - 1) / documentSentences);
    }

    /// <summary>
    /// Evaluates a recognizer on tokenized gold sentences in memory (CoNLL data that is not in a file), as
    /// <see cref="Evaluate(EntityRecognizer, TextReader, string, int, Action{string})"/> does a file.
    /// </summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="gold">The gold sentences, an IOB2 tag per token.</param>
    /// <param name="documentSentences">Sentences per document (consecutive sentences tagged together).</param>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    /// <exception cref="ArgumentException">There is no sentence, or one is invalid (the message names it).</exception>
    public static EvaluationReport Evaluate(EntityRecognizer recognizer, IEnumerable<TaggedSentence> gold, int documentSentences = DefaultDocumentSentences)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentOutOfRangeException.ThrowIfLessThan(documentSentences, 1);
        var sentences = ConllReader.FromTagged(gold, nameof(gold));
        if (sentences.Count == 0)
        {
            throw new ArgumentException("The gold data holds no sentence.", nameof(gold));
        }

        return Score(recognizer, sentences, documentSentences, null);
    }

    /// <summary>
    /// Tags a pre-tokenized CoNLL input: writes each input line with the predicted IOB2 tag appended as a last
    /// tab-separated column, and a blank line after each sentence. The input is read as a stream, a batch of documents
    /// at a time, so memory stays bounded whatever its length; the documents of a batch are tagged on all cores (or
    /// <paramref name="maxDegreeOfParallelism"/>) while the next batch is read, and written in input order.
    /// </summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="input">CoNLL lines: token in the first column, a blank line between sentences.</param>
    /// <param name="output">Where the tagged lines go.</param>
    /// <param name="documentSentences">Sentences per document.</param>
    /// <param name="maxDegreeOfParallelism">The most threads that tag at once; -1 for all cores, 1 to do everything on the calling thread.</param>
    /// <param name="name">The input's name in error messages.</param>
    /// <exception cref="InvalidDataException">A line is malformed (the message starts with <c>name:line:</c>); what
    /// was read before it has been written.</exception>
    public static void Tag(EntityRecognizer recognizer, TextReader input, TextWriter output, int documentSentences = DefaultDocumentSentences,
        int maxDegreeOfParallelism = -1, string name = "input")
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(documentSentences, 1);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Expected -1 or a positive number.");
        }

        ArgumentNullException.ThrowIfNull(name);
        using var source = ConllReader.Sentences(input, requireTags: false, name).GetEnumerator();
        if (maxDegreeOfParallelism == 1)
        {
            while (ReadBatch(source, documentSentences) is { Count: > 0 } batch)
            {
                foreach (var document in batch)
                {
                    document.Tag(recognizer);
                }

                Write(batch, output);
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        List<TaggedDocument>? tagging = null;
        Task? running = null;
        while (true)
        {
            var next = ReadBatch(source, documentSentences);
            if (running is not null)
            {
                try
                {
                    running.Wait();
                }
                catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }

                Write(tagging!, output);
            }

            if (next.Count == 0)
            {
                return;
            }

            tagging = next;
            running = Task.Run(() => Parallel.For(0, next.Count, options, i => next[i].Tag(recognizer)));
        }
    }

    /// <summary>Documents read and tagged together by <see cref="Tag"/>: enough to keep every core busy, few enough to bound memory.</summary>
    private const int BatchDocuments = 64;

    /// <summary>Reads up to <see cref="BatchDocuments"/> documents of <paramref name="documentSentences"/> sentences; none at the end.</summary>
    private static List<TaggedDocument> ReadBatch(IEnumerator<ConllSentence> source, int documentSentences)
    {
        var batch = new List<TaggedDocument>(BatchDocuments);
        while (batch.Count < BatchDocuments)
        {
            var sentences = new List<ConllSentence>(Math.Min(documentSentences, 64));
            while (sentences.Count < documentSentences && source.MoveNext())
            {
                sentences.Add(source.Current);
            }

            if (sentences.Count == 0)
            {
                break;
            }

            batch.Add(new TaggedDocument(sentences));
        }

        return batch;
    }

    private static void Write(List<TaggedDocument> batch, TextWriter output)
    {
        foreach (var document in batch)
        {
            document.Write(output);
        }
    }

    /// <summary>Tags the sentences in documents of <paramref name="documentSentences"/> (at least 1, which the public callers check).</summary>
    /// <remarks>With <paramref name="documents"/>, each document also goes there as text with its gold and predicted spans.</remarks>
    internal static string[][] Predict(EntityRecognizer recognizer, List<ConllSentence> sentences, int documentSentences, ICollection<EvaluatedText>? documents = null)
    {
        var result = new string[sentences.Count][];
        foreach (var document in ConllDocument.Split(sentences, documentSentences))
        {
            var labels = new int[document.Tokens.Length];
            recognizer.Tag(document.Text, document.Tokens, document.Sentences, labels, null);
            for (var s = 0; s < document.Count; s++)
            {
                var range = document.Sentences[s];
                result[document.First + s] = Iob2Tags.FromLabels(labels.AsSpan(range.FirstToken, range.TokenCount));
            }

            if (documents is not null)
            {
                documents.Add(new EvaluatedText(document.Text,
                    Spans(document, s => sentences[document.First + s].Tags!), Spans(document, s => result[document.First + s])));
            }
        }

        return result;
    }

    /// <summary>The entities of a document's tags (one array a sentence) as character spans of its text, in text order.</summary>
    private static EntitySpan[] Spans(ConllDocument document, Func<int, IReadOnlyList<string>> tagsOf)
    {
        var spans = new List<EntitySpan>();
        for (var s = 0; s < document.Count; s++)
        {
            var first = document.Sentences[s].FirstToken;
            foreach (var (start, end, type) in Iob2Tags.Chunks(tagsOf(s)))
            {
                spans.Add(new EntitySpan(document.Tokens[first + start].Start, document.Tokens[first + end - 1].End, type));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans.ToArray();
    }
}
