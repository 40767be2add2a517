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

    /// <summary>
    /// The length of a mention's base form: its surface without a case ending written without an apostrophe. The
    /// compound-marker endings go first (<see cref="CaseSuffixes.BaseLength"/>: <c>Dışişleri Bakanlığının</c>); then, for a
    /// place or an organization, the ending its last word's <paramref name="baseCut"/> gives (<c>Türkiyede</c> →
    /// <c>Türkiye</c>, <c>Gençlik Kulübünün</c> → <c>Gençlik Kulübü</c>). A person's name keeps it (<c>Emine</c> is not
    /// <c>Emin</c> + <c>e</c>).
    /// </summary>
    public static int BaseLength(ReadOnlySpan<char> surface, EntityType type, byte baseCut)
    {
        var compound = CaseSuffixes.BaseLength(surface);
        return compound != surface.Length || type == EntityType.Person || baseCut >= surface.Length ? compound : surface.Length - baseCut;
    }

    /// <summary>Adds the mentions of one window to <paramref name="mentions"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The window's tokens.</param>
    /// <param name="offset">The index of the window's first token in the document.</param>
    /// <param name="labels">The window's labels: a valid BILOU sequence.</param>
    /// <param name="baseCuts">Each token's <see cref="TokenFacts.BaseCut"/>, for the base forms (<see cref="BaseLength"/>).</param>
    /// <param name="marginals">Forward-backward of this window under the chain of the stage whose labels these are
    /// (computed by the caller), for the confidences.</param>
    /// <param name="mentions">Where the mentions go, in text order.</param>
    /// <exception cref="InvalidOperationException">A confidence is not a finite number (a fault to report).</exception>
    public static void Add(string text, ReadOnlySpan<Token> tokens, int offset, ReadOnlySpan<int> labels, ReadOnlySpan<byte> baseCuts,
        ChainMarginals marginals, List<EntityMention> mentions)
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
            var baseLength = last + 1 < n && tokens[last + 1].Kind == TokenKind.Suffix ? length : BaseLength(surface, EntityLabels.TypeOf(labels[i]), baseCuts[last]);
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
