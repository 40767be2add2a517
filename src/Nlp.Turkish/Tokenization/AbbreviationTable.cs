namespace Nlp.Turkish.Tokenization;

/// <summary>
/// The known abbreviations (<c>Dr.</c>, <c>Prof.</c>, <c>vb.</c>), loaded once from the embedded
/// <c>abbreviations.txt</c>. Lookups are by the characters before the period, without allocating.
/// </summary>
internal sealed class AbbreviationTable
{
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationTable(Dictionary<string, bool> entries) => _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The table of the library's embedded abbreviation list.</summary>
    public static AbbreviationTable Default { get; } = LoadEmbedded();

    /// <summary>Whether <paramref name="stem"/> followed by a period is a known abbreviation.</summary>
    /// <param name="stem">The characters before the period (<c>Dr</c>).</param>
    /// <param name="mayEndSentence">Whether the abbreviation's period may also end a sentence (<c>vb.</c>).</param>
    public bool TryGet(ReadOnlySpan<char> stem, out bool mayEndSentence) => _lookup.TryGetValue(stem, out mayEndSentence);

    internal static AbbreviationTable Parse(TextReader reader)
    {
        var entries = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.AsSpan().Trim();
            if (entry.IsEmpty || entry[0] == '#')
            {
                continue;
            }

            var space = entry.IndexOf(' ');
            var form = space < 0 ? entry : entry[..space];
            var final = space >= 0 && entry[(space + 1)..].Trim().SequenceEqual("final");
            if (form.Length < 2 || form[^1] != '.')
            {
                throw new InvalidDataException($"Abbreviation '{form}' must end with a period.");
            }

            entries[form[..^1].ToString()] = final;
        }

        return new AbbreviationTable(entries);
    }

    private static AbbreviationTable LoadEmbedded()
    {
        using var stream = typeof(AbbreviationTable).Assembly.GetManifestResourceStream("Nlp.Turkish.abbreviations.txt")
            ?? throw new InvalidOperationException("The embedded abbreviation list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
