using Nlp.Turkish.Text;

namespace Nlp.Turkish.Referents;

/// <summary>
/// Groups a document's mentions into referents. Deterministic and linear in the number of mentions (hash lookups per
/// mention and per word); mentions of different types are never grouped. Four rules, in order:
/// <list type="number">
/// <item>The same name: mentions whose base forms agree ignoring case (<c>Kazakistan'ın</c>, <c>Kazakistan'da</c>).</item>
/// <item>A place or organization written with a case ending and no apostrophe joins the bare name the document also
/// uses (<c>Kazakistanda</c> → <c>Kazakistan</c>).</item>
/// <item>A person's shorter name joins the fullest name it ends (<c>Tokayev</c>, <c>Cömert Tokayev</c> → <c>Kasım Cömert
/// Tokayev</c>); where two full names end so, the nearest one before it, else the first after it.</item>
/// <item>A short form in capitals joins the name it abbreviates: the initials of a name in the document
/// (<c>Merkez Bankası</c> / <c>MB</c>) or a full name the model knows (<c>AA</c> / <c>Anadolu Ajansı</c>).</item>
/// </list>
/// The name of a referent is its fullest mention (most words, then the most used form, then the first), or the known full
/// name of a short form that the document only abbreviates.
/// </summary>
internal static class ReferentBuilder
{
    private static readonly string[] CaseEndings =
    [
        "daki", "deki", "taki", "teki", "dan", "den", "tan", "ten", "nın", "nin", "nun", "nün", "yla", "yle",
        "da", "de", "ta", "te", "ın", "in", "un", "ün", "ya", "ye", "yı", "yi", "yu", "yü", "na", "ne",
    ];

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "ve", "ile", "of", "and", "for", "the", "de", "der", "von" };

    /// <summary>The referents of <paramref name="mentions"/> (in text order), ordered by their first mention.</summary>
    public static IReadOnlyList<Referent> Build(IReadOnlyList<EntityMention> mentions, IReadOnlyDictionary<string, string> aliases)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        // Rule 1: one group per (type, normalized name), numbered in order of first mention.
        var groupOf = new int[mentions.Count];
        var groups = new List<Group>();
        var byName = new Dictionary<(EntityType, string), int>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var key = (mentions[m].Type, Normalize(mentions[m].BaseForm));
            if (!byName.TryGetValue(key, out var g))
            {
                g = groups.Count;
                byName.Add(key, g);
                groups.Add(new Group(key.Type, key.Item2, m, ShortForm(mentions[m].BaseForm)));
            }

            groupOf[m] = g;
        }

        var parent = Enumerable.Range(0, groups.Count).ToArray();
        MergeCaseEndings(groups, byName, parent);
        MergeShorterNames(groups, parent);
        MergeShortForms(groups, byName, parent, aliases);

        // Collect each root's mentions in text order; roots in order of their first mention.
        var members = new List<EntityMention>?[groups.Count];
        var order = new List<int>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var root = Find(parent, groupOf[m]);
            if (members[root] is null)
            {
                members[root] = [];
                order.Add(root);
            }

            members[root]!.Add(mentions[m]);
        }

        var referents = new Referent[order.Count];
        for (var r = 0; r < order.Count; r++)
        {
            var list = members[order[r]]!;
            referents[r] = new Referent(groups[order[r]].Type, CanonicalName(list, aliases), list);
        }

        return referents;
    }

    /// <summary>The lowercased base form with runs of spaces made one: the name as the rules compare it.</summary>
    internal static string Normalize(string baseForm)
    {
        return CollapseSpaces(TurkishCasing.ToLower(baseForm));
    }

    /// <summary>The words of a text joined by single spaces (a mention may span a line break).</summary>
    private static string CollapseSpaces(string text) => string.Join(' ', text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] Spaces = [' ', '\n', '\r', '\t'];

    /// <summary>Rule 2: <c>kazakistanda</c> joins <c>kazakistan</c> of the same type (places and organizations).</summary>
    private static void MergeCaseEndings(List<Group> groups, Dictionary<(EntityType, string), int> byName, int[] parent)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.Type == EntityType.Person)
            {
                continue;
            }

            foreach (var ending in CaseEndings)
            {
                if (group.Name.Length - ending.Length >= 3 && group.Name.EndsWith(ending, StringComparison.Ordinal)
                    && byName.TryGetValue((group.Type, group.Name[..^ending.Length]), out var bare))
                {
                    Union(parent, g, bare);
                    break;
                }
            }
        }
    }

    /// <summary>Rule 3: a person's shorter name joins the full name whose last words it is.</summary>
    private static void MergeShorterNames(List<Group> groups, int[] parent)
    {
        // Every proper ending (last word, last two words, ...) of every person name of two or more words.
        var endings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type != EntityType.Person)
            {
                continue;
            }

            var name = groups[g].Name;
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                var ending = name[(space + 1)..];
                if (!endings.TryGetValue(ending, out var list))
                {
                    endings.Add(ending, list = []);
                }

                list.Add(g);
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Type != EntityType.Person || !endings.TryGetValue(groups[g].Name, out var fuller))
            {
                continue;
            }

            // The nearest full name before this name's first mention, else the first one after it.
            var first = groups[g].FirstMention;
            var before = -1;
            var after = -1;
            foreach (var candidate in fuller)
            {
                var at = groups[candidate].FirstMention;
                if (at < first && (before < 0 || at > groups[before].FirstMention))
                {
                    before = candidate;
                }
                else if (at > first && (after < 0 || at < groups[after].FirstMention))
                {
                    after = candidate;
                }
            }

            var target = before >= 0 ? before : after;
            if (target >= 0)
            {
                // Join the fullest name's referent (an ending of an ending joins through it).
                Union(parent, g, target);
            }
        }
    }

    /// <summary>Rule 4: a short form in capitals joins the name it abbreviates.</summary>
    private static void MergeShortForms(List<Group> groups, Dictionary<(EntityType, string), int> byName, int[] parent, IReadOnlyDictionary<string, string> aliases)
    {
        // The initials of every name of two or more words (joining words skipped, and also kept).
        var byInitials = new Dictionary<(EntityType, string), int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var words = groups[g].Name.Split(' ');
            if (words.Length < 2)
            {
                continue;
            }

            byInitials.TryAdd((groups[g].Type, Initials(words, skipJoining: true)), g);
            byInitials.TryAdd((groups[g].Type, Initials(words, skipJoining: false)), g);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.ShortForm is null)
            {
                continue;
            }

            if (aliases.TryGetValue(group.ShortForm, out var fullName) && byName.TryGetValue((group.Type, Normalize(fullName)), out var known))
            {
                Union(parent, g, known);
            }
            else if (byInitials.TryGetValue((group.Type, group.Name), out var expanded))
            {
                Union(parent, g, expanded);
            }
        }
    }

    /// <summary>The text itself if it is a short form (<see cref="IsShortForm"/>), else null.</summary>
    private static string? ShortForm(string text) => IsShortForm(text) ? text : null;

    /// <summary>Whether a text is written as a short form: 2-10 capitals and digits, a capital first (<c>TBMM</c>, <c>G20</c>).</summary>
    internal static bool IsShortForm(string text) =>
        text.Length is >= 2 and <= 10 && TurkishCasing.IsUpper(text[0]) && text.All(c => TurkishCasing.IsUpper(c) || char.IsAsciiDigit(c));

    private static string Initials(string[] words, bool skipJoining)
    {
        Span<char> initials = stackalloc char[words.Length];
        var count = 0;
        foreach (var word in words)
        {
            if (word.Length > 0 && !(skipJoining && JoiningWords.Contains(word)))
            {
                initials[count++] = word[0];
            }
        }

        return new string(initials[..count]);
    }

    /// <summary>
    /// The fullest mention's base form (most words, then the form used most often, then the first); a short form
    /// that only the model can expand takes its known full name.
    /// </summary>
    private static string CanonicalName(List<EntityMention> mentions, IReadOnlyDictionary<string, string> aliases)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            uses[mention.BaseForm] = uses.GetValueOrDefault(mention.BaseForm) + 1;
        }

        var best = mentions[0].BaseForm;
        var bestWords = WordCount(best);
        foreach (var mention in mentions)
        {
            var words = WordCount(mention.BaseForm);
            if (words > bestWords || (words == bestWords && uses[mention.BaseForm] > uses[best]))
            {
                best = mention.BaseForm;
                bestWords = words;
            }
        }

        var name = CollapseSpaces(best);
        return ShortForm(name) is { } shortForm && aliases.TryGetValue(shortForm, out var fullName) ? fullName : name;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    private static int Find(int[] parent, int g)
    {
        while (parent[g] != g)
        {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }

        return g;
    }

    /// <summary>Joins <paramref name="from"/>'s referent into <paramref name="into"/>'s.</summary>
    private static void Union(int[] parent, int from, int into)
    {
        var a = Find(parent, from);
        var b = Find(parent, into);
        if (a != b)
        {
            parent[a] = b;
        }
    }

    private sealed record Group(EntityType Type, string Name, int FirstMention, string? ShortForm);
}
