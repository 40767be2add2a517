using Nlp.Turkish.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Document-level hints for the second tagging stage: for each token, whether the same word (Turkish-lowercased) was
/// tagged as part of an entity anywhere in the document by the first stage, with which majority type, and whether this
/// very token was. Hint codes: 0 none; 1 + type when only other occurrences were tagged; 4 + type when this one was too.
/// </summary>
internal static class DocumentHints
{
    /// <summary>Writes each token's hint; <paramref name="lowers"/> holds each token's lowercase hash (<see cref="FeatureHash.OfLower"/>).</summary>
    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> labels, ReadOnlySpan<ulong> lowers, Span<byte> hints) =>
        Compute(text, tokens, labels, lowers, hints, new HintVotes());

    /// <summary>As the overload without a table, counting in <paramref name="votes"/>, which is reused.</summary>
    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> labels, ReadOnlySpan<ulong> lowers, Span<byte> hints,
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

            votes.Add(lowers[i], EntityLabels.TypeOf(labels[i]) switch
            {
                EntityType.Person => 0,
                EntityType.Location => 1,
                _ => 2,
            });
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

            var type = v.Person >= v.Location && v.Person >= v.Organization ? 0 : v.Location >= v.Organization ? 1 : 2;
            hints[i] = (byte)((labels[i] == EntityLabels.Outside ? 1 : 4) + type);
        }
    }

    private static bool IsCapitalized(ReadOnlySpan<char> text, Token token) => TurkishCasing.IsUpper(text[token.Start]);
}
