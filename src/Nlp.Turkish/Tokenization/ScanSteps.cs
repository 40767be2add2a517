using System.Diagnostics;

namespace Nlp.Turkish.Tokenization;

/// <summary>
/// Counts the characters the tokenizer examines on the current thread, in Debug builds only (the calls vanish from
/// Release builds). Tests use the count to prove that tokenizing is linear in the input length: a look-ahead that
/// rescans text from every token would show up as a step count that grows faster than the input.
/// </summary>
internal static class ScanSteps
{
    [ThreadStatic]
    private static long t_count;

    /// <summary>The steps counted on this thread since the last <see cref="Reset"/> (always 0 in Release builds).</summary>
    public static long Count => t_count;

    public static void Reset() => t_count = 0;

    [Conditional("DEBUG")]
    public static void Step() => t_count++;
}
