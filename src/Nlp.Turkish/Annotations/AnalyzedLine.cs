namespace Nlp.Turkish;

/// <summary>One line of a stream analyzed as a document (<see cref="EntityRecognizer.AnalyzeLinesAsync(TextReader, LineAnalysisOptions, CancellationToken)"/>).</summary>
/// <param name="LineNumber">The line's number in the input, from 1.</param>
/// <param name="Document">The line analyzed as one document (empty for an empty line kept by <see cref="LineAnalysisOptions.KeepEmptyLines"/>).</param>
public readonly record struct AnalyzedLine(long LineNumber, Document Document);

/// <summary>How <see cref="EntityRecognizer.AnalyzeLinesAsync(TextReader, LineAnalysisOptions, CancellationToken)"/> reads and tags a stream.</summary>
public sealed record LineAnalysisOptions
{
    /// <summary>Whether an empty line becomes an empty document (true) or is skipped (false, the default).</summary>
    public bool KeepEmptyLines { get; init; }

    /// <summary>The most threads that tag at once, or -1 (the default) for all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>How many lines are read and tagged together (default 256): the bound on memory and on the reorder wait.</summary>
    public int BatchSize { get; init; } = 256;
}
