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
    }

    private static bool IsCapitalized(ReadOnlySpan<char> text, Token token) => TurkishCasing.IsUpper(text[token.Start]);
}
