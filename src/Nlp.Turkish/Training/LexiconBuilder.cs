using System.Globalization;
using System.Xml.Linq;
using Nlp.Turkish.Entities;
using Nlp.Turkish.Text;

namespace Nlp.Turkish.Training;

/// <summary>
/// Builds the model's lexicon at training time from the knowledge sources: Turkish given-name lists, CLDR's Turkish
/// names of countries, cities and subdivisions, the hunspell-tr lexicon (capitalized entries are proper nouns,
/// lowercase ones common words), and the library's own lists of organization heads and person titles. What the model
/// needs is copied into the model file; nothing is read from these paths at tagging time.
/// </summary>
internal static class LexiconBuilder
{
    public static Lexicon Build(EntityTrainingOptions options, Action<string>? progress)
    {
        var entries = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        AddEmbedded(entries, "Nlp.Turkish.organization-heads.txt", LexiconFlags.OrganizationHead);
        AddEmbedded(entries, "Nlp.Turkish.person-titles.txt", LexiconFlags.PersonTitle);
        AddEmbedded(entries, "Nlp.Turkish.demonyms.txt", LexiconFlags.Demonym);
        AddEmbedded(entries, "Nlp.Turkish.organizations.txt", LexiconFlags.Organization);
        AddEmbedded(entries, "Nlp.Turkish.facility-heads.txt", LexiconFlags.FacilityHead);
        AddEmbedded(entries, "Nlp.Turkish.name-particles.txt", LexiconFlags.NameParticle);

        if (options.GazetteersDirectory is { } gazetteers)
        {
            var before = entries.Count;
            AddGivenNameDictionary(entries, Path.Combine(gazetteers, "turkish-given-names", "turk-names.txt"));
            AddCommonNames(entries, Path.Combine(gazetteers, "common-turkish-names", "namesData.csv"));
            progress?.Invoke($"lexicon: {entries.Count - before:N0} given names from {gazetteers}");
            if (options.ModernGazetteers)
            {
                before = entries.Count;
                ModernGazetteers.Add(entries, aliases, gazetteers, Add);
                progress?.Invoke($"lexicon: {entries.Count - before:N0} names of people, places and organizations from the modern lists in {gazetteers}");
            }
        }

        if (options.CldrDirectory is { } cldr)
        {
            var before = entries.Count;
            AddCldrMain(entries, Path.Combine(cldr, "main", "tr.xml"));
            AddCldrSubdivisions(entries, Path.Combine(cldr, "subdivisions", "tr.xml"));
            progress?.Invoke($"lexicon: {entries.Count - before:N0} place names from {cldr}");
        }

        if (options.HunspellDictionary is { } hunspell)
        {
            var before = entries.Count;
            AddHunspell(entries, hunspell);
            progress?.Invoke($"lexicon: {entries.Count - before:N0} lexicon words from {hunspell}");
        }

        var clusters = options.WordVectors is { } vectors ? WordClusters.Build(vectors, options.Seed, progress) : null;
        var secondClusters = options.SecondWordVectors is { } second ? WordClusters.Build(second, options.Seed, progress) : null;
        return new Lexicon(entries, clusters, aliases, secondClusters);
    }

    internal static void Add(Dictionary<string, LexiconFlags> entries, string name, LexiconFlags flags)
    {
        var normalized = TurkishCasing.ToLower(name.Trim());
        if (normalized.Length < 2 || normalized.Contains('\t', StringComparison.Ordinal))
        {
            return;
        }

        entries[normalized] = entries.GetValueOrDefault(normalized) | flags;
    }

    private static void AddEmbedded(Dictionary<string, LexiconFlags> entries, string resource, LexiconFlags flags)
    {
        using var stream = typeof(LexiconBuilder).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded list {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                Add(entries, line, flags);
            }
        }
    }

    /// <summary><c>turk-names.txt</c>: paragraphs that start <c>NAME: (origin) Er.|Ka. - meaning</c>, names in capitals.</summary>
    private static void AddGivenNameDictionary(Dictionary<string, LexiconFlags> entries, string path)
    {
        foreach (var line in ReadLines(path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 1)
            {
                continue;
            }

            var name = line[..colon].Trim();
            if (name.Length > 1 && TurkishCasing.IsAllUpper(name) && !name.Contains(' ', StringComparison.Ordinal) && name.All(char.IsLetter))
            {
                Add(entries, FoldCircumflex(name), LexiconFlags.GivenName);
            }
        }
    }

    /// <summary><c>namesData.csv</c>: <c>"",name,year,rank,sex</c>.</summary>
    private static void AddCommonNames(Dictionary<string, LexiconFlags> entries, string path)
    {
        foreach (var line in ReadLines(path).Skip(1))
        {
            var columns = line.Split(',');
            if (columns.Length >= 2)
            {
                Add(entries, columns[1].Trim('"'), LexiconFlags.GivenName);
            }
        }
    }

    private static void AddCldrMain(Dictionary<string, LexiconFlags> entries, string path)
    {
        var document = LoadXml(path);
        foreach (var territory in document.Descendants("territory"))
        {
            var type = (string?)territory.Attribute("type") ?? string.Empty;
            var numeric = type.Length > 0 && char.IsAsciiDigit(type[0]);
            AddPlaceName(entries, territory.Value, numeric ? LexiconFlags.Place : LexiconFlags.Country);
        }

        foreach (var city in document.Descendants("exemplarCity"))
        {
            AddPlaceName(entries, city.Value, LexiconFlags.Place);
        }
    }

    private static void AddCldrSubdivisions(Dictionary<string, LexiconFlags> entries, string path)
    {
        foreach (var subdivision in LoadXml(path).Descendants("subdivision"))
        {
            AddPlaceName(entries, subdivision.Value, LexiconFlags.Place);
        }
    }

    private static void AddPlaceName(Dictionary<string, LexiconFlags> entries, string name, LexiconFlags flags)
    {
        if (name.Length < 2 || name.Contains('(', StringComparison.Ordinal) || name.Contains(',', StringComparison.Ordinal)
            || name.StartsWith("Bilinmeyen", StringComparison.Ordinal))
        {
            return;
        }

        Add(entries, name.Replace('-', ' '), flags);
    }

    /// <summary><c>tr_TR.dic</c>: a count line, then <c>word/flags</c>; capitalized words are proper nouns.</summary>
    private static void AddHunspell(Dictionary<string, LexiconFlags> entries, string path)
    {
        foreach (var line in ReadLines(path).Skip(1))
        {
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var word = slash < 0 ? line.Trim() : line[..slash];
            if (word.Length < 2 || !word.All(char.IsLetter))
            {
                continue;
            }

            Add(entries, word, TurkishCasing.IsUpper(word[0]) ? LexiconFlags.ProperNoun : LexiconFlags.CommonWord);
        }
    }

    private static string FoldCircumflex(string name) => name.Replace('Â', 'A').Replace('Î', 'İ').Replace('Û', 'U');

    internal static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Knowledge source not found: {path}", path);
        }

        return File.ReadLines(path);
    }

    private static XDocument LoadXml(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Knowledge source not found: {path}", path);
        }

        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null };
        using var reader = System.Xml.XmlReader.Create(path, settings);
        return XDocument.Load(reader);
    }

    internal static string Describe(Lexicon lexicon) =>
        string.Create(CultureInfo.InvariantCulture, $"{lexicon.Count:N0} lexicon entries, {lexicon.ClusterCount:N0} word clusters, {lexicon.Aliases.Count:N0} aliases");
}
