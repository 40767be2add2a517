using Nlp.Turkish.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Document-level hints for the second tagging stage: for each token, whether the same word (Turkish-lowercased) was
/// tagged as part of an entity anywhere in the document by the first stage, with which majority type, and whether this
/// very token was (<see cref="DocumentHint"/>).
/// </summary>
internal static class DocumentHints
{
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
        for (var i = 0; votes.Count > 0 && i < tokens.Length; i++)
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

        if (IsSports(lowers[..tokens.Length]))
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.Word && IsCapitalized(text, tokens[i]))
                {
                    hints[i] |= DocumentHint.InSports;
                }
            }
        }
    }

    /// <summary>How many words of <see cref="SportsWords"/> make a document a sports report.</summary>
    public const int SportsThreshold = 3;

    /// <summary>
    /// Words of sports reports, lowercased, in their common case forms (<c>maç</c>, <c>deplasmanda</c>, <c>golü</c>,
    /// <c>teknik direktör</c>'s <c>direktörü</c>), as their lowercase hashes.
    /// </summary>
    private static readonly HashSet<ulong> SportsWords = new[]
    {
        "maç", "maçı", "maçın", "maçta", "maçında", "maçını", "maçlar", "maçları", "maçlarda", "karşılaşma", "karşılaşmada",
        "karşılaşmanın", "karşılaşmayı", "gol", "golü", "golle", "gole", "golleri", "golünü", "lig", "ligi", "ligde",
        "ligin", "ligine", "futbol", "futbolcu", "futbolcusu", "futbolcular", "futbolcuları", "futbolu", "basketbol", "voleybol",
        "takım", "takımı", "takımın", "takımına", "takımla", "takımlar", "takımları", "direktör", "direktörü", "antrenör",
        "antrenörü", "deplasman", "deplasmanda", "deplasmanında", "galibiyet", "galibiyeti", "mağlubiyet", "yenilgi",
        "beraberlik", "sezon", "sezonu", "sezonda", "transfer", "transferi", "şampiyon", "şampiyonu", "şampiyonluk",
        "şampiyonası", "şampiyonasında", "kupa", "kupası", "kupasında", "hakem", "hakemi", "penaltı", "kaleci", "forvet",
        "derbi", "derbisi", "turnuva", "turnuvası", "stat", "stadı", "stadında", "taraftar", "taraftarlar", "taraftarı",
        "ribaund", "skor", "skorla", "rakip", "rakibi",
    }.Select(word => FeatureHash.OfLower(word)).ToHashSet();

    /// <summary>
    /// A bit for each of the 4,096 values of a hash's top 12 bits, set for those of <see cref="SportsWords"/>: a word
    /// whose bit is clear (about 98 % of words) is not one of them, which one load and a shift tell, so the set is probed
    /// only for the rest.
    /// </summary>
    private static readonly ulong[] SportsFilter = Filter(SportsWords);

    /// <summary>Whether a document's words are those of a sports report: at least <see cref="SportsThreshold"/> sports words.</summary>
    public static bool IsSports(ReadOnlySpan<ulong> lowers)
    {
        var filter = SportsFilter;
        var count = 0;
        foreach (var lower in lowers)
        {
            var top = (int)(lower >> 52);
            if (((filter[top >> 6] >> (top & 63)) & 1) != 0 && SportsWords.Contains(lower) && ++count >= SportsThreshold)
            {
                return true;
            }
        }

        return false;
    }

    private static ulong[] Filter(HashSet<ulong> words)
    {
        var filter = new ulong[4096 / 64];
        foreach (var word in words)
        {
            var top = (int)(word >> 52);
            filter[top >> 6] |= 1UL << (top & 63);
        }

        return filter;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> text, Token token) => TurkishCasing.IsUpper(text[token.Start]);
}
