using Nlp.Turkish.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Document-level hints for the second tagging stage (<see cref="DocumentHint"/>): for each token, whether the same
/// word (Turkish-lowercased) was tagged as part of an entity anywhere in the document by the first stage, with which
/// majority type, and whether this very token was; and for the names of a coordinated list (<c>Osmangazi, Yıldırım,
/// Nilüfer ve Gürsu</c>), the type the first stage gave most often to the list's other names.
/// </summary>
internal static class DocumentHints
{
    /// <summary>The bits of a hint that hold the word part (<see cref="DocumentHint"/>'s named values).</summary>
    private const int WordBits = 7;

    /// <summary>Where the list part starts: the other names' type (2 bits: 0 none, 1 + <see cref="EntityType"/>), then this name's.</summary>
    private const int ListShift = 3;

    /// <summary>Writes each token's hint; <paramref name="lowers"/> holds each token's lowercase hash (<see cref="FeatureHash.OfLower"/>).</summary>
    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> labels, ReadOnlySpan<ulong> lowers, Span<DocumentHint> hints) =>
        Compute(text, tokens, labels, lowers, hints, new HintVotes());

    /// <summary>As the overload without a table, counting in <paramref name="votes"/>, which is reused.</summary>
    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> labels, ReadOnlySpan<ulong> lowers, Span<DocumentHint> hints,
        HintVotes votes)
    {
        var tagged = 0;
        foreach (var label in labels[..tokens.Length])
        {
            tagged += label == EntityLabels.Outside ? 0 : 1;
        }

        votes.Reset(tagged);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (labels[i] == EntityLabels.Outside || tokens[i].Kind != TokenKind.Word || !IsCapitalized(text, tokens[i]))
            {
                continue;
            }

            votes.Add(lowers[i], EntityLabels.TypeOf(labels[i]));
        }

        hints[..tokens.Length].Clear();
        if (votes.Count == 0)
        {
            return;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !votes.TryGet(lowers[i], out var v))
            {
                continue;
            }

            var type = v.Person >= v.Location && v.Person >= v.Organization ? EntityType.Person
                : v.Location >= v.Organization ? EntityType.Location
                : EntityType.Organization;
            hints[i] = (DocumentHint)((int)(labels[i] == EntityLabels.Outside ? DocumentHint.ElsewherePerson : DocumentHint.TaggedPerson) + (int)type);
        }

        AddListHints(text, tokens, labels, hints, votes);
    }

    /// <summary>The word part of a hint: one of <see cref="DocumentHint"/>'s named values.</summary>
    public static DocumentHint WordPart(DocumentHint hint) => (DocumentHint)((int)hint & WordBits);

    /// <summary>
    /// The list part of a hint: the type the first stage gave most often to the other names of the token's list, and the
    /// type it gave this name, each 0 for none or 1 + the <see cref="EntityType"/>; (0, 0) outside lists.
    /// </summary>
    public static (int Others, int Own) ListPart(DocumentHint hint) => (((int)hint >> ListShift) & 3, ((int)hint >> (ListShift + 2)) & 3);

    /// <summary>
    /// Adds the list part to the hints of the words of each name in a coordinated list: names are runs of capitalized
    /// words (each with the apostrophe suffixes after it), and two names are in one list when a comma or one of
    /// <c>ve</c>, <c>ile</c>, <c>veya</c> alone stands between them. A name's list part is the type stage one gave most
    /// often to the others (from their first words' labels), when one type leads; ties and untagged lists add nothing.
    /// </summary>
    private static void AddListHints(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> labels, Span<DocumentHint> hints, HintVotes votes)
    {
        // Each name as (first token, end of its words, 1 + type or 0), three ints.
        var names = votes.Names(tokens.Length);
        var count = 0;
        for (var i = 0; i < tokens.Length;)
        {
            if (tokens[i].Kind != TokenKind.Word || !IsCapitalized(text, tokens[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < tokens.Length && tokens[i].Kind == TokenKind.Word && IsCapitalized(text, tokens[i]))
            {
                i++;
            }

            names[(count * 3) + 0] = start;
            names[(count * 3) + 1] = i;
            names[(count * 3) + 2] = labels[start] == EntityLabels.Outside ? 0 : 1 + (int)EntityLabels.TypeOf(labels[start]);
            count++;
            while (i < tokens.Length && tokens[i].Kind == TokenKind.Suffix)
            {
                i++;
            }
        }

        Span<int> types = stackalloc int[4];
        for (var first = 0; first < count;)
        {
            var last = first;
            while (last + 1 < count && IsCoordinated(text, tokens, names[(last * 3) + 1], names[(last + 1) * 3]))
            {
                last++;
            }

            if (last > first)
            {
                types.Clear();
                for (var k = first; k <= last; k++)
                {
                    types[names[(k * 3) + 2]]++;
                }

                for (var k = first; k <= last; k++)
                {
                    var own = names[(k * 3) + 2];
                    var others = LeadingType(types, own);
                    for (var t = names[k * 3]; others != 0 && t < names[(k * 3) + 1]; t++)
                    {
                        hints[t] = (DocumentHint)((int)hints[t] | (others << ListShift) | (own << (ListShift + 2)));
                    }
                }
            }

            first = last + 1;
        }
    }

    /// <summary>The type (1 + <see cref="EntityType"/>) most frequent among a list's names other than one of type <paramref name="own"/>, or 0 on a tie or none.</summary>
    private static int LeadingType(ReadOnlySpan<int> types, int own)
    {
        var (best, bestCount, tie) = (0, 0, false);
        for (var t = 1; t <= 3; t++)
        {
            var c = types[t] - (own == t ? 1 : 0);
            if (c > bestCount)
            {
                (best, bestCount, tie) = (t, c, false);
            }
            else if (c == bestCount && c > 0)
            {
                tie = true;
            }
        }

        return tie ? 0 : best;
    }

    /// <summary>Whether a name ending at token <paramref name="end"/> (its suffixes after) and one starting at <paramref name="next"/> are joined by a comma or conjunction alone.</summary>
    private static bool IsCoordinated(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int end, int next)
    {
        while (end < next && tokens[end].Kind == TokenKind.Suffix)
        {
            end++;
        }

        if (next != end + 1)
        {
            return false;
        }

        var between = tokens[end].GetSpan(text);
        return between is "," or "ve" or "ile" or "veya";
    }

    private static bool IsCapitalized(ReadOnlySpan<char> text, Token token) => TurkishCasing.IsUpper(text[token.Start]);
}
