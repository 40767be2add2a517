using System.Runtime.InteropServices;
using Nlp.Turkish.Entities;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish;

/// <summary>
/// Finds PERSON, LOCATION and ORGANIZATION mentions in Turkish text. Load it once (<see cref="Default"/> is the model
/// shipped inside the library) and share it: an instance is immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var document = EntityRecognizer.Default.Analyze("Tokayev, Astana'da Vucic'i karşıladı.");
/// foreach (var entity in document.Entities)
///     Console.WriteLine($"{entity.Type} {entity.Text} [{entity.Start}, {entity.End}) {entity.Score:F2}");
/// </code>
/// </example>
public sealed class EntityRecognizer
{
    private const string DefaultModelResource = "Nlp.Turkish.default.model";
    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ITokenizer _tokenizer;

    internal EntityRecognizer(EntityModel model, ITokenizer? tokenizer = null)
    {
        Model = model;
        _tokenizer = tokenizer ?? TurkishTokenizer.Default;
    }

    /// <summary>The recognizer with the model shipped inside the library, loaded on first use.</summary>
    /// <exception cref="InvalidOperationException">The library was built without its model.</exception>
    public static EntityRecognizer Default => DefaultInstance.Value;

    /// <summary>A one-line description of the model (training data size, lexicon, stages).</summary>
    public string Description => Model.Description;

    internal EntityModel Model { get; }

    /// <summary>Loads a model file written by <see cref="Save(Stream)"/> or <c>nlp-tr train</c>.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The recognizer.</returns>
    /// <exception cref="InvalidDataException">The file is empty, truncated, corrupt, of a newer format or not a model.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static EntityRecognizer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="stream">The model bytes, read from the current position.</param>
    /// <returns>The recognizer.</returns>
    /// <exception cref="InvalidDataException">The bytes are empty, truncated, corrupt, of a newer format or not a model.</exception>
    public static EntityRecognizer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new EntityRecognizer(ModelFormat.Read(stream));
    }

    /// <summary>Writes the model in the library's versioned, checksummed format.</summary>
    /// <param name="stream">The destination.</param>
    public void Save(Stream stream) => ModelFormat.Write(Model, stream);

    /// <summary>Writes the model to a file.</summary>
    /// <param name="path">The destination file, replaced if it exists.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Tokenizes a text, splits it into sentences and finds its entity mentions.</summary>
    /// <param name="text">The text; the whole text is one document, so a name is tagged consistently across it.</param>
    /// <returns>The analyzed document; every offset indexes <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A scratch goes back to the pool only after a call that completed: one that threw may hold half-built state.
        var scratch = ScratchPool.Rent();

        // News has about one token per six characters: room for one per five spares a huge document's list the
        // copies (and the garbage) of growing by doubling.
        scratch.Tokens.EnsureCapacity(text.Length / 5);
        _tokenizer.Tokenize(text, scratch.Tokens);

        // The document's own copy is made first, so that a huge document's token list is let go before tagging.
        var tokens = scratch.Tokens.ToArray();
        scratch.ReleaseAnalysisLists();
        var sentences = scratch.Sentences;
        var mentions = scratch.Mentions;
        _tokenizer.SplitSentences(text, tokens, sentences);
        Tag(text, tokens, CollectionsMarshal.AsSpan(sentences), null, mentions, scratch);
        var document = new Document(text, tokens, sentences.ToArray(), mentions.ToArray(), Model.Extractor.Lexicon.Aliases);
        scratch.ReleaseAnalysisLists();
        ScratchPool.Return(scratch);
        return document;
    }

    /// <summary>Analyzes characters given as a span; the document keeps its own copy as <see cref="Document.Text"/>.</summary>
    /// <param name="text">The text, analyzed as one document.</param>
    /// <returns>The analyzed document; every offset indexes <paramref name="text"/>.</returns>
    public Document Analyze(ReadOnlySpan<char> text) => Analyze(new string(text));

    /// <summary>Finds the entity mentions of characters given as a span.</summary>
    /// <param name="text">The text, analyzed as one document.</param>
    /// <returns>The mentions in text order; offsets index <paramref name="text"/>.</returns>
    public IReadOnlyList<EntityMention> Extract(ReadOnlySpan<char> text) => Analyze(text).Entities;

    /// <summary>
    /// Analyzes many documents on all cores and returns them in input order; the results equal those of
    /// <see cref="Analyze(string)"/> one by one.
    /// </summary>
    /// <param name="texts">The documents.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use, or -1 for all cores.</param>
    /// <param name="cancellationToken">Stops the work between documents.</param>
    /// <returns>One document per input, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Document[] AnalyzeBatch(IReadOnlyList<string> texts, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                throw new ArgumentNullException(nameof(texts), $"Item {i} is null.");
            }
        }

        var results = new Document[texts.Count];
        // At most one document per core at a time: more would not run faster, and each needs its own tagging scratch.
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, texts.Count, options, i => results[i] = Analyze(texts[i]));
        return results;
    }

    /// <summary>
    /// Streams documents from a reader, one document per line (a news item per line, as in JSON Lines exports), and
    /// yields each analyzed document as soon as it is done. Memory is bounded by the longest line.
    /// </summary>
    /// <param name="reader">The source of lines; empty lines are skipped.</param>
    /// <param name="cancellationToken">Stops reading between documents.</param>
    /// <returns>The analyzed documents, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public async IAsyncEnumerable<Document> AnalyzeLinesAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length > 0)
            {
                yield return Analyze(line);
            }
        }
    }

    /// <summary>
    /// Streams documents from a reader, one document per line, tagged on several cores in batches and yielded in input
    /// order with their line numbers, so that each result can be matched to its input line. Memory is bounded by the
    /// batch (<see cref="LineAnalysisOptions.BatchSize"/> lines), not by the input.
    /// </summary>
    /// <param name="reader">The source of lines.</param>
    /// <param name="options">Whether empty lines become empty documents, the threads and the batch size.</param>
    /// <param name="cancellationToken">Stops reading and tagging between documents.</param>
    /// <returns>Each line's document with its 1-based line number, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' batch size is below 1 or their thread count is below 1 and not -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async IAsyncEnumerable<AnalyzedLine> AnalyzeLinesAsync(TextReader reader, LineAnalysisOptions options,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        if (options.MaxDegreeOfParallelism is < 1 and not -1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 (all cores) or at least 1.");
        }

        var lines = new List<string>(options.BatchSize);
        var numbers = new List<long>(options.BatchSize);
        long lineNumber = 0;
        var done = false;
        while (!done)
        {
            lines.Clear();
            numbers.Clear();
            while (lines.Count < options.BatchSize)
            {
                if (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not { } line)
                {
                    done = true;
                    break;
                }

                lineNumber++;
                if (line.Length > 0 || options.KeepEmptyLines)
                {
                    lines.Add(line);
                    numbers.Add(lineNumber);
                }
            }

            var documents = AnalyzeBatch(lines, options.MaxDegreeOfParallelism, cancellationToken);
            for (var i = 0; i < documents.Length; i++)
            {
                yield return new AnalyzedLine(numbers[i], documents[i]);
            }
        }
    }

    /// <summary>Finds the entity mentions of a text.</summary>
    /// <param name="text">The text, analyzed as one document.</param>
    /// <returns>The mentions in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<EntityMention> Extract(string text) => Analyze(text).Entities;

    /// <summary>Tags pre-tokenized text: BILOU labels per token, and mentions when a list is given.</summary>
    internal void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels, List<EntityMention>? mentions)
    {
        var scratch = ScratchPool.Rent();
        Tag(text, tokens, sentences, labels, mentions, scratch);
        ScratchPool.Return(scratch);
    }

    private void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> labels, List<EntityMention>? mentions,
        TaggingScratch scratch)
    {
        var ownLabels = labels.IsEmpty ? scratch.DocumentLabels(tokens.Length) : labels;
        Model.Tag(text, tokens, sentences, ownLabels, scratch, mentions);
        scratch.ReleaseDocumentBuffers();
    }

    private static EntityRecognizer LoadDefault()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException("This build of Nlp.Turkish has no embedded default model; load one with EntityRecognizer.Load.");

        // The resource is part of the assembly image, which stays mapped while the process runs: read it in place.
        return new EntityRecognizer(stream is UnmanagedMemoryStream image ? ModelFormat.ReadEmbedded(image) : ModelFormat.Read(stream));
    }
}
