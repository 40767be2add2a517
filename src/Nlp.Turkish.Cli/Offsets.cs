namespace Nlp.Turkish.Cli;

/// <summary>The unit of the offsets nlp-tr writes: the library's UTF-16 code units, Unicode code points, or UTF-8 bytes.</summary>
internal enum OffsetUnit
{
    /// <summary>UTF-16 code units: .NET, Java and JavaScript string indexes (the default).</summary>
    Utf16,

    /// <summary>Unicode code points: Python's and Rust's <c>chars()</c> indexes.</summary>
    CodePoints,

    /// <summary>UTF-8 bytes: indexes into the encoded input, for byte slicers and C.</summary>
    Utf8,
}

/// <summary>
/// Converts a document's UTF-16 offsets to another unit. A lone surrogate counts as one code point and as the three
/// UTF-8 bytes of the replacement character that encoding writes for it. Checkpoints every 4,096 code units, made on
/// first use, make each conversion cost at most that many steps, in any order.
/// </summary>
internal sealed class OffsetConverter
{
    private const int Step = 4096;
    private readonly string _text;
    private readonly OffsetUnit _unit;
    private int[]? _checkpoints;

    public OffsetConverter(string text, OffsetUnit unit)
    {
        _text = text;
        _unit = unit;
    }

    /// <summary>The name of a unit as the JSON output writes it.</summary>
    public static string Name(OffsetUnit unit) => unit switch
    {
        OffsetUnit.CodePoints => "codepoints",
        OffsetUnit.Utf8 => "utf8",
        _ => "utf16",
    };

    /// <summary>The unit named on the command line.</summary>
    public static OffsetUnit Parse(string? name) => name switch
    {
        null or "utf16" => OffsetUnit.Utf16,
        "codepoints" => OffsetUnit.CodePoints,
        "utf8" => OffsetUnit.Utf8,
        _ => throw new CliException($"unknown offset unit '{name}' (utf16, codepoints or utf8)"),
    };

    /// <summary>The offset, in this converter's unit, of the UTF-16 offset <paramref name="utf16"/> of the text.</summary>
    public int Convert(int utf16)
    {
        if (_unit == OffsetUnit.Utf16)
        {
            return utf16;
        }

        _checkpoints ??= Checkpoints();
        var block = utf16 / Step;
        return _checkpoints[block] + Count(block * Step, utf16);
    }

    private int[] Checkpoints()
    {
        var checkpoints = new int[(_text.Length / Step) + 1];
        for (var b = 1; b < checkpoints.Length; b++)
        {
            checkpoints[b] = checkpoints[b - 1] + Count((b - 1) * Step, b * Step);
        }

        return checkpoints;
    }

    /// <summary>The units from UTF-16 offset <paramref name="from"/> to <paramref name="to"/>.</summary>
    private int Count(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            var c = _text[i];
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(_text[i - 1]))
            {
                // The second half of a pair: counted with its first half (a pair split by a checkpoint still counts once).
                continue;
            }

            var paired = char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]);
            count += _unit == OffsetUnit.CodePoints ? 1 : paired ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        return count;
    }
}
