namespace Nlp.Turkish.Text;

/// <summary>
/// Case suffixes written without an apostrophe. Proper nouns take their case suffix after an apostrophe, which the
/// tokenizer splits off; but names that end in a common noun with the compound marker inflect it directly
/// (<c>Dışişleri Bakanlığının</c>, <c>Ankara Belediyesine</c>). The base form drops that case ending
/// (<c>Dışişleri Bakanlığı</c>). Only the compound-marker endings are stripped, so names such as <c>Atina</c> or
/// <c>Hazine</c> are left whole.
/// </summary>
internal static class CaseSuffixes
{
    private static readonly string[] CompoundMarkers = ["lığı", "liği", "luğu", "lüğü", "sı", "si", "su", "sü"];

    // Case endings after the buffer n of a compound marker, longest first.
    private static readonly string[] CaseEndings =
    [
        "ndaki", "ndeki", "ndan", "nden", "nın", "nin", "nun", "nün", "nda", "nde", "na", "ne", "nı", "ni", "nu", "nü",
    ];

    /// <summary>The length of <paramref name="text"/> without an apostrophe-less case ending on its last word.</summary>
    public static int BaseLength(ReadOnlySpan<char> text)
    {
        var word = text[(text.LastIndexOf(' ') + 1)..];
        foreach (var ending in CaseEndings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^ending.Length];
            foreach (var marker in CompoundMarkers)
            {
                if (stem.Length > marker.Length + 1 && stem.EndsWith(marker, StringComparison.Ordinal))
                {
                    return text.Length - ending.Length;
                }
            }

            return text.Length;
        }

        return text.Length;
    }
}
