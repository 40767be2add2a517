using System.Text.Json;
using Nlp.Turkish.Entities;
using Nlp.Turkish.Text;

namespace Nlp.Turkish.Training;

/// <summary>
/// The name lists of the shared gazetteers folder beyond the given-name dictionaries (each folder's README gives its
/// source and terms; the model card lists them): Zemberek's place, person and proper-noun lexicons and abbreviation
/// expansions, world places in Turkish spelling, Türkiye's provinces and districts, country names, parties, members of
/// parliament, universities, Borsa İstanbul companies, surnames and occupations, and OnurArdaB's lexicons. Each source
/// sets the flag that says what it knows; noisy sources get flags of their own, so that the model learns how far to
/// trust them. Read at training time only.
/// </summary>
internal static class ModernGazetteers
{
    /// <summary>Adds every source under <paramref name="folder"/> through <paramref name="add"/>.</summary>
    /// <exception cref="FileNotFoundException">A source file is missing.</exception>
    public static void Add(Dictionary<string, LexiconFlags> entries, Dictionary<string, string> aliases, string folder, Action<Dictionary<string, LexiconFlags>, string, LexiconFlags> add)
    {
        void Lines(string path, LexiconFlags flags, Func<string, string?> name)
        {
            foreach (var line in LexiconBuilder.ReadLines(Path.Combine(folder, path)))
            {
                if (line.Length > 0 && !line.StartsWith('#') && name(line) is { Length: > 1 } value)
                {
                    add(entries, value, flags);
                }
            }
        }

        void Columns(string path, LexiconFlags flags, params int[] columns)
        {
            foreach (var line in LexiconBuilder.ReadLines(Path.Combine(folder, path)).Skip(1))
            {
                var cells = line.Split('\t');
                foreach (var column in columns)
                {
                    if (column < cells.Length && cells[column].Length > 1)
                    {
                        add(entries, cells[column], flags);
                    }
                }
            }
        }

        // Zemberek (Apache-2.0): lemma, then attributes in brackets.
        Lines("zemberek/locations-tr.dict", LexiconFlags.Place, Lemma);
        Lines("zemberek/person-names.dict", LexiconFlags.GivenName, Lemma);
        Lines("zemberek/proper.dict", LexiconFlags.ProperNoun, line => line.Contains("P:Adj", StringComparison.Ordinal) ? null : Lemma(line));
        Lines("zemberek/proper-from-corpus.dict", LexiconFlags.CorpusProperNoun, Lemma);
        Lines("zemberek/abbreviations.dict", LexiconFlags.Abbreviation, Lemma);
        AddExpansions(entries, aliases, Path.Combine(folder, "zemberek", "tokenization-abbreviations-long.txt"), add);

        // World places in Turkish spelling (GeoNames CC BY 4.0, libgweather GPL-2+, iso-codes LGPL-2.1+).
        foreach (var line in LexiconBuilder.ReadLines(Path.Combine(folder, "world-places-tr", "geonames-tr.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length == 3)
            {
                add(entries, cells[2], cells[1].StartsWith("country", StringComparison.Ordinal) ? LexiconFlags.Country : LexiconFlags.Place);
            }
        }

        foreach (var line in LexiconBuilder.ReadLines(Path.Combine(folder, "world-places-tr", "gweather-places-tr.tsv")).Skip(1))
        {
            // Most rows keep the English name: only a translated name says something about Turkish text.
            var cells = line.Split('\t');
            if (cells.Length >= 3 && cells[0] is "city" or "state" or "region" or "country" && cells[2] != cells[1])
            {
                add(entries, cells[2], cells[0] == "country" ? LexiconFlags.Country : LexiconFlags.Place);
            }
        }

        Columns("world-places-tr/iso_3166-1-tr.tsv", LexiconFlags.Country, 1);
        Columns("world-places-tr/iso_3166-3-tr.tsv", LexiconFlags.Country, 1);
        Lines("country-names-tr/country.txt", LexiconFlags.Country, line => line.Split(" (")[0]);
        AddProvinces(entries, Path.Combine(folder, "tr-provinces-districts", "il-ilce.json"), add);

        // Parties, members of parliament, universities, companies, surnames, occupations.
        Columns("turkish-parties/parties.tsv", LexiconFlags.Organization, 1, 2);
        Columns("turkish-universities/universities.tsv", LexiconFlags.Organization, 1);
        foreach (var line in LexiconBuilder.ReadLines(Path.Combine(folder, "tbmm-28-mps", "mps.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            var parts = cells.Length > 2 ? cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            for (var i = 0; i < parts.Length; i++)
            {
                add(entries, parts[i], i == parts.Length - 1 ? LexiconFlags.Surname : LexiconFlags.GivenName);
            }
        }

        using (var companies = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "bist-companies", "stocks.json"))))
        {
            foreach (var company in companies.RootElement.EnumerateObject())
            {
                if (company.Value.GetString() is { } name)
                {
                    add(entries, name, LexiconFlags.Organization);
                }
            }
        }

        Lines("turkish-surnames/soyisimler.txt", LexiconFlags.Surname, line => TurkishCasing.IsAllUpper(line) ? line : null);
        Lines("turkish-surnames/meslekler.txt", LexiconFlags.PersonTitle, line => line);

        // OnurArdaB's lexicons (MIT): large and noisy, so they get flags of their own (given names are clean).
        Lines("onurardab-lexicons/LOCATION.txt", LexiconFlags.ListedPlace, line => line);
        Lines("onurardab-lexicons/ORGANIZATION.txt", LexiconFlags.ListedOrganization, line => char.IsUpper(line[0]) ? line : null);
        Lines("onurardab-lexicons/names_tr.txt", LexiconFlags.GivenName, line => line.Split('\'') is { Length: > 2 } parts ? parts[1] : null);
    }

    /// <summary>A Zemberek dictionary line's lemma: the text before its attributes, if it is a name.</summary>
    private static string? Lemma(string line)
    {
        if (line.StartsWith("##", StringComparison.Ordinal))
        {
            return null;
        }

        var bracket = line.IndexOf('[', StringComparison.Ordinal);
        var lemma = (bracket < 0 ? line : line[..bracket]).Trim();
        return lemma.Length > 1 && char.IsUpper(lemma[0]) ? lemma : null;
    }

    /// <summary>
    /// Zemberek's abbreviation expansions (<c>AFAD:&lt;TAB&gt;Afet ve Acil Durum Yönetimi Başkanlığı</c>): an expansion that
    /// ends in an organization head word (<c>başkanlığı</c>, <c>ajansı</c>, <c>partisi</c>...) makes both the abbreviation
    /// and the expansion organizations; other abbreviations are only abbreviations. An all-capital abbreviation whose
    /// expansion is a name of two or more words (its words capitalized but for joining words) becomes an alias: the
    /// model then knows that <c>AA</c> and <c>Anadolu Ajansı</c> name one referent (the first expansion listed wins).
    /// </summary>
    private static void AddExpansions(Dictionary<string, LexiconFlags> entries, Dictionary<string, string> aliases, string path, Action<Dictionary<string, LexiconFlags>, string, LexiconFlags> add)
    {
        foreach (var line in LexiconBuilder.ReadLines(path))
        {
            var cells = line.Split('\t');
            if (cells.Length != 2 || !cells[0].EndsWith(':') || cells[1].StartsWith("bk.", StringComparison.Ordinal))
            {
                continue;
            }

            var abbreviation = cells[0].TrimEnd(':');
            var expansion = cells[1].Split(" (")[0].Trim();
            var lastWord = TurkishCasing.ToLower(expansion.Split(' ')[^1]);
            var isOrganization = entries.TryGetValue(lastWord, out var flags) && (flags & LexiconFlags.OrganizationHead) != 0;
            add(entries, abbreviation, isOrganization ? LexiconFlags.Organization : LexiconFlags.Abbreviation);
            if (isOrganization)
            {
                add(entries, expansion, LexiconFlags.Organization);
            }

            if (IsAlias(abbreviation, expansion))
            {
                aliases.TryAdd(abbreviation, expansion);
            }
        }
    }

    /// <summary>Whether a short form and its expansion make an alias: 2-10 capitals, a proper name of 2+ words.</summary>
    internal static bool IsAlias(string shortForm, string expansion)
    {
        if (!Referents.ReferentBuilder.IsShortForm(shortForm))
        {
            return false;
        }

        var words = expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => TurkishCasing.IsUpper(w[0]) || char.IsAsciiDigit(w[0]) || JoiningWords.Contains(w));
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "ve", "ile", "için", "de", "da", "of", "and", "for", "the", "des", "du", "la", "le", "für", "und", "der" };

    /// <summary>The 81 provinces and their districts: <c>{"data":[{"il_adi", "ilceler":[{"ilce_adi"}]}]}</c>.</summary>
    private static void AddProvinces(Dictionary<string, LexiconFlags> entries, string path, Action<Dictionary<string, LexiconFlags>, string, LexiconFlags> add)
    {
        using var json = JsonDocument.Parse(string.Join('\n', LexiconBuilder.ReadLines(path)));
        foreach (var province in json.RootElement.GetProperty("data").EnumerateArray())
        {
            add(entries, province.GetProperty("il_adi").GetString()!, LexiconFlags.Place);
            foreach (var district in province.GetProperty("ilceler").EnumerateArray())
            {
                add(entries, district.GetProperty("ilce_adi").GetString()!, LexiconFlags.Place);
            }
        }
    }
}
