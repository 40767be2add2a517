using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Nlp.Turkish.Benchmarks;

/// <summary>
/// Summary columns computed from a benchmark's mean time and allocations and the tokens it processes in one operation
/// (<see cref="Inputs.TokensOf"/>): tokens per second, and bytes allocated per 1,000 tokens.
/// </summary>
internal sealed class ThroughputColumn(bool allocations) : IColumn
{
    private static readonly ConcurrentDictionary<string, long?> Tokens = new();

    public string Id => allocations ? "BytesPer1kTokens" : "TokensPerSecond";

    public string ColumnName => allocations ? "B/1k tokens" : "tokens/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocations ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocations
        ? "Bytes allocated per 1,000 tokens processed"
        : "Tokens processed per second (tokens per operation / mean time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var tokens = Tokens.GetOrAdd(benchmarkCase.Descriptor.WorkloadMethod.Name, Inputs.TokensOf);
        var report = summary[benchmarkCase];
        if (tokens is not > 0 || report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        if (allocations)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
            return (bytes * 1000.0 / tokens.Value).ToString("N0", CultureInfo.InvariantCulture);
        }

        return (tokens.Value / (statistics.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
