using Nlp.Turkish.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Turns a window's decoded BILOU labels into entity mentions: each B…L or U run becomes a mention with its exact
/// offsets, its surface text, its base form (without a case ending written without an apostrophe) and its confidence,
/// the probability of that exact span and type under the chain (<see cref="ChainMarginals.SpanProbability"/>).
/// </summary>
internal static class MentionBuilder
{
    /// <summary>The lowest score a mention is given: a probability is rounded to four decimals and never 0.</summary>
    public const double MinScore = 0.0001;

    /// <summary>The highest score a mention is given: never 1, since no model is ever certain.</summary>
    public const double MaxScore = 0.9999;

    /// <summary>A span probability as a mention's score: four decimals, from <see cref="MinScore"/> to <see cref="MaxScore"/>.</summary>
    public static double Confidence(double probability) => Math.Clamp(Math.Round(probability, 4), MinScore, MaxScore);

    /// <summary>What a lexicon entry must be for a place's or organization's stem: a place, or a word that names or ends one.</summary>
    private const LexiconFlags PlaceOrOrganization = LexiconFlags.Country | LexiconFlags.Place | LexiconFlags.ListedPlace | LexiconFlags.OrganizationHead
        | LexiconFlags.FacilityHead | LexiconFlags.Organization | LexiconFlags.ListedOrganization;

    /// <summary>
    /// The length of a mention's base form: its surface without a case ending written without an apostrophe. The
    /// compound-marker endings go first (<see cref="CaseSuffixes.BaseLength"/>: <c>Dışişleri Bakanlığının</c>); then, for
    /// a place or an organization, an ending after a last word that the lexicon knows as a place or as the head of a name,
    /// when the word as written is not itself such an entry (<c>Türkiyede</c> → <c>Türkiye</c>, <c>Gençlik Kulübünün</c>
    /// → <c>Gençlik Kulübü</c>; <c>Çine</c>, a district, stays whole, not <c>Çin</c>). A person's name is left as it is
    /// (<c>Emine</c> is not <c>Emin</c> + <c>e</c>).
    /// </summary>
    public static int BaseLength(ReadOnlySpan<char> surface, EntityType type, Lexicon lexicon)
    {
        var compound = CaseSuffixes.BaseLength(surface);
        if (compound != surface.Length || type == EntityType.Person)
        {
            return compound;
        }

        var word = surface[(surface.LastIndexOf(' ') + 1)..];
        if (word.Length > 64 || (lexicon.Word(FeatureHash.OfLower(word)) & PlaceOrOrganization) != 0)
        {
            return surface.Length;
        }

        Span<char> lower = stackalloc char[word.Length];
        if (TurkishCasing.ToLower(word, lower) != word.Length)
        {
            return surface.Length;
        }

        foreach (var ending in FeatureExtractor.CaseEndings)
        {
            var stem = word.Length - ending.Length;
            if (stem >= 3 && lower.EndsWith(ending, StringComparison.Ordinal) && (lexicon.Word(FeatureHash.OfLower(word[..stem])) & PlaceOrOrganization) != 0)
            {
                return surface.Length - ending.Length;
            }
        }

        return surface.Length;
    }

    /// <summary>Adds the mentions of one window to <paramref name="mentions"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="lexicon">The model's lexicon, for the base forms (<see cref="BaseLength"/>).</param>
    /// <param name="tokens">The window's tokens.</param>
    /// <param name="offset">The index of the window's first token in the document.</param>
    /// <param name="labels">The window's labels: a valid BILOU sequence.</param>
    /// <param name="marginals">Forward-backward of this window under the chain of the stage whose labels these are
    /// (computed by the caller), for the confidences.</param>
    /// <param name="mentions">Where the mentions go, in text order.</param>
    /// <exception cref="InvalidOperationException">A confidence is not a finite number (a fault to report).</exception>
    public static void Add(string text, Lexicon lexicon, ReadOnlySpan<Token> tokens, int offset, ReadOnlySpan<int> labels, ChainMarginals marginals,
        List<EntityMention> mentions)
    {
        var n = tokens.Length;
        for (var i = 0; i < n; i++)
        {
            var position = EntityLabels.PositionOf(labels[i]);
            if (position is not (EntityLabels.Position.Begin or EntityLabels.Position.Unit))
            {
                continue;
            }

            var last = i;
            while (EntityLabels.PositionOf(labels[last]) is not (EntityLabels.Position.Last or EntityLabels.Position.Unit))
            {
                last++;
            }

            var start = tokens[i].Start;
            var length = tokens[last].End - start;
            var surface = text.Substring(start, length);

            // A suffix after an apostrophe is a token of its own, outside the mention; otherwise the last word may
            // carry the case ending itself.
            var baseLength = last + 1 < n && tokens[last + 1].Kind == TokenKind.Suffix ? length : BaseLength(surface, EntityLabels.TypeOf(labels[i]), lexicon);
            var probability = marginals.SpanProbability(labels, i, last);
            if (!double.IsFinite(probability))
            {
                throw new InvalidOperationException($"The confidence of a mention came out as {probability}; please report this with the input text.");
            }

            mentions.Add(new EntityMention(EntityLabels.TypeOf(labels[i]), start, length, surface,
                baseLength == length ? surface : surface[..baseLength], Confidence(probability), offset + i, last - i + 1));
            i = last;
        }
    }
}
