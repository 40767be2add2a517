using System.Buffers;
using System.Diagnostics;
using Nlp.Turkish.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The feature templates of the entity tagger. For each token of a sentence it writes up to
/// <see cref="MaxFeaturesPerToken"/> 64-bit feature keys: the word and its Turkish-lowercased form, prefixes and
/// suffixes, word shape, capitalization in its sentence, the apostrophe suffix that follows it, a two-token context
/// window, lexicon and gazetteer knowledge, the lexicon stem and the ending after it, and document-level hints.
/// </summary>
/// <remarks>
/// No string is built: every value is hashed from the characters in place (<see cref="FeatureHash"/>). The same code
/// serves training (CoNLL tokens) and tagging (tokenizer output), so the two cannot drift apart. Immutable and
/// thread-safe: buffers are the caller's or the stack's.
/// </remarks>
internal sealed class FeatureExtractor
{
    public const int MaxFeaturesPerToken = 160;
    private const int MaxAffix = 5;
    private const int MaxStemSearch = 32;

    private readonly Lexicon _lexicon;

    public FeatureExtractor(Lexicon lexicon) => _lexicon = lexicon;

    public Lexicon Lexicon => _lexicon;

    /// <summary>
    /// Writes the features of a sentence's tokens, the model's definition of them: token <c>i</c>'s keys go to
    /// <c>features[(i * MaxFeaturesPerToken)..]</c> and their number to <c>counts[i]</c>. Training takes features from
    /// here; the tagging path computes the same sums faster (<see cref="WindowScorer"/>).
    /// </summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="facts">A buffer of at least <c>tokens.Length</c> facts, filled here.</param>
    /// <param name="hints">Per-token document hints (<see cref="DocumentHint.None"/> = none), or empty for stage one.</param>
    /// <param name="features">At least <c>tokens.Length * MaxFeaturesPerToken</c> keys.</param>
    /// <param name="counts">At least <c>tokens.Length</c> counts.</param>
    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenFacts> facts, ReadOnlySpan<DocumentHint> hints, Span<ulong> features, Span<int> counts)
    {
        facts = facts[..tokens.Length];
        Describe(text, tokens, facts);
        Extract(facts, hints, features, counts);
    }

    /// <summary>
    /// Fills the facts of a sentence's tokens (hashes, casing, lexicon knowledge, affixes, phrases): the expensive,
    /// stage-independent half of feature extraction.
    /// </summary>
    public void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenFacts> facts)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            DescribeToken(text, tokens[i], ref facts[i]);
        }

        Contextualize(facts);
    }

    /// <summary>
    /// Writes the features of a sentence whose facts <see cref="Describe"/> filled: token <c>i</c>'s keys go to
    /// <c>features[(i * MaxFeaturesPerToken)..]</c> and their number to <c>counts[i]</c>. A word's features come in
    /// groups: its own (<see cref="OwnFeatures"/>), those it takes from each neighbour (<see cref="NeighbourFeatures"/>),
    /// then those of its place in the sentence (<see cref="ContextFeatures"/>); a suffix or punctuation token has only
    /// its own.
    /// </summary>
    public static void Extract(ReadOnlySpan<TokenFacts> facts, ReadOnlySpan<DocumentHint> hints, Span<ulong> features, Span<int> counts)
    {
        var n = facts.Length;
        var style = Style(facts);
        for (var i = 0; i < n; i++)
        {
            var output = features.Slice(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            var k = OwnFeatures(facts[i], output);
            if (HasContext(facts[i].Kind))
            {
                for (var role = Neighbour.Previous; role <= Neighbour.SecondNext; role++)
                {
                    k += NeighbourFeatures(NeighbourOf(facts, i, role), role, output[k..]);
                }

                k += ContextFeatures(facts, i, style, hints.IsEmpty ? DocumentHint.None : hints[i], output[k..]);
            }

            counts[i] = k;
        }
    }

    /// <summary>Whether tokens of a kind take features from their neighbours and their place in the sentence.</summary>
    /// <remarks>
    /// Case suffixes and punctuation sit outside entities by the corpus convention; were they to share the context
    /// templates with words, "the word after Sarayı" would be learned from "'nda" and ",".
    /// </remarks>
    public static bool HasContext(TokenKind kind) => kind is not (TokenKind.Suffix or TokenKind.Punctuation);

    /// <summary>The facts of a word's neighbour in a role, or of the virtual token beyond the sentence's edge.</summary>
    public static ref readonly TokenFacts NeighbourOf(ReadOnlySpan<TokenFacts> facts, int i, Neighbour role)
    {
        var j = i + Offset(role);
        if (j >= 0 && j < facts.Length)
        {
            return ref facts[j];
        }

        if (role == Neighbour.Previous)
        {
            return ref TokenFacts.Before;
        }

        if (role == Neighbour.SecondPrevious)
        {
            return ref TokenFacts.TwoBefore;
        }

        return ref role == Neighbour.Next ? ref TokenFacts.After : ref TokenFacts.TwoAfter;
    }

    /// <summary>The position of a neighbour role relative to the word.</summary>
    public static int Offset(Neighbour role) => role switch
    {
        Neighbour.Previous => -1,
        Neighbour.SecondPrevious => -2,
        Neighbour.Next => 1,
        _ => 2,
    };

    /// <summary>
    /// Writes the features that depend on the token alone (for a word: kind, word, lowercase, shape, affixes, length and
    /// lexicon flags with its casing; for a suffix or punctuation token: kind and lowercase) and returns their number.
    /// </summary>
    public static int OwnFeatures(in TokenFacts f, Span<ulong> output)
    {
        var k = 0;
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.Kind, (ulong)f.Kind);
        if (!HasContext(f.Kind))
        {
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.Lower, f.Lower);
            return k;
        }

        var caps = (ulong)f.Caps;
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.Bias, 0);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.Word, f.Word);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.Lower, f.Lower);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.Shape, f.Shape);
        for (var a = 0; a < f.AffixCount; a++)
        {
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.Prefix + a, f.Prefixes[a]);
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.Suffix + a, f.Suffixes[a]);
        }

        output[k++] = FeatureHash.Feature((int)FeatureTemplate.LengthCaps, caps, (ulong)Math.Min((int)f.Length, 12));
        k = AddFlags(output, k, FeatureTemplate.Flag, f.Flags, caps, withCaps: true);
        k = AddFlags(output, k, FeatureTemplate.SuffixedFlag, f.SuffixedFlags, caps, withCaps: true);
        if (f.Cluster.Exists)
        {
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.ClusterTop, f.Cluster.Top);
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.ClusterMiddle, f.Cluster.Middle);
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.ClusterLeaf, f.Cluster.Leaf);
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.ClusterLeafCaps, f.Cluster.Leaf, caps);
        }

        if (f.SecondCluster.Exists)
        {
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.SecondClusterTop, f.SecondCluster.Top);
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.SecondClusterMiddle, f.SecondCluster.Middle);
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.SecondClusterLeaf, f.SecondCluster.Leaf);
        }

        return k;
    }

    /// <summary>
    /// Writes the features a word takes from the token <paramref name="f"/> in a neighbour role, which depend on that
    /// token alone, and returns their number.
    /// </summary>
    public static int NeighbourFeatures(in TokenFacts f, Neighbour role, Span<ulong> output)
    {
        var k = 0;
        switch (role)
        {
            case Neighbour.Previous:
                output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerPrev, f.Lower);
                output[k++] = FeatureHash.Feature((int)FeatureTemplate.WordPrev, f.Word);
                if (f.Cluster.Exists)
                {
                    output[k++] = FeatureHash.Feature((int)FeatureTemplate.ClusterPrev, f.Cluster.Middle);
                }

                if (f.SecondCluster.Exists)
                {
                    output[k++] = FeatureHash.Feature((int)FeatureTemplate.SecondClusterPrev, f.SecondCluster.Middle);
                }

                return AddFlags(output, k, FeatureTemplate.FlagPrev, f.Flags, 0, withCaps: false);
            case Neighbour.SecondPrevious:
                output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerPrev2, f.Lower);
                return k;
            case Neighbour.Next:
                output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerNext, f.Lower);
                if (f.Cluster.Exists)
                {
                    output[k++] = FeatureHash.Feature((int)FeatureTemplate.ClusterNext, f.Cluster.Middle);
                }

                if (f.SecondCluster.Exists)
                {
                    output[k++] = FeatureHash.Feature((int)FeatureTemplate.SecondClusterNext, f.SecondCluster.Middle);
                }

                if (f.Kind == TokenKind.Suffix)
                {
                    output[k++] = FeatureHash.Feature((int)FeatureTemplate.NextSuffix, f.Lower);
                }

                return AddFlags(output, k, FeatureTemplate.FlagNext, f.Flags, 0, withCaps: false);
            default:
                output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerNext2, f.Lower);
                return k;
        }
    }

    /// <summary>
    /// Writes the features of word <paramref name="i"/> that combine it with its neighbours or its sentence (casing at
    /// the start and in the sentence's style, bigrams, trigrams, the stem state, phrases, document hints) and returns
    /// their number.
    /// </summary>
    /// <remarks>
    /// Five of them are dense (<see cref="DenseFeatures"/>): their values are small enumerations (casing classes, the
    /// sentence's style, the stem state), and they always come at <see cref="DenseFeatures.ContextPositions"/>. With
    /// <paramref name="denseIndexes"/> those places hold each one's index instead of its key, which the tagger resolves
    /// to a weight row through a small table built once per model, without hashing or probing.
    /// </remarks>
    public static int ContextFeatures(ReadOnlySpan<TokenFacts> facts, int i, SentenceStyle style, DocumentHint hint, Span<ulong> output, bool denseIndexes = false)
    {
        ref readonly var f = ref facts[i];
        ref readonly var prev = ref NeighbourOf(facts, i, Neighbour.Previous);
        ref readonly var next = ref NeighbourOf(facts, i, Neighbour.Next);
        var caps = (ulong)f.Caps;
        var k = 0;
        Debug.Assert(k == DenseFeatures.CapsAtStartSlot);
        output[k++] = Dense(DenseFeatures.CapsAtStart(f.Caps, i == 0), denseIndexes);
        Debug.Assert(k == DenseFeatures.CapsInStyleSlot);
        output[k++] = Dense(DenseFeatures.CapsInStyle(f.Caps, style), denseIndexes);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerPrevLower, prev.Lower, f.Lower);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerLowerNext, f.Lower, next.Lower);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.ShapeTrigram, prev.Shape, f.Shape, next.Shape);
        Debug.Assert(k == DenseFeatures.CapsTrigramSlot);
        output[k++] = Dense(DenseFeatures.CapsTrigram(prev.Caps, f.Caps, next.Caps), denseIndexes);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.LowerPrevCaps, prev.Lower, caps);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.CapsLowerNext, caps, next.Lower);
        output[k++] = FeatureHash.Feature((int)FeatureTemplate.CapsPrevLower, (ulong)prev.Caps, f.Lower);
        Debug.Assert(k == DenseFeatures.NextSuffixCapsSlot);
        output[k++] = Dense(DenseFeatures.NextSuffixCaps(next.Kind == TokenKind.Suffix, f.Caps), denseIndexes);
        Debug.Assert(k == DenseFeatures.StemStateSlot);
        output[k++] = Dense(DenseFeatures.StemStateCaps(f.StemState, f.Caps), denseIndexes);
        if (f.StemState == StemState.Partial)
        {
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.Ending, f.Ending);
        }

        if (f.Phrase != 0)
        {
            output[k++] = FeatureHash.Feature((int)FeatureTemplate.Phrase, f.Phrase);
        }

        if (hint != DocumentHint.None)
        {
            k += HintFeatures(f.Lower, f.Caps, hint, output[k..]);
        }

        return k;
    }

    private static ulong Dense(int index, bool denseIndexes) => denseIndexes ? (ulong)index : DenseFeatures.Key(index);

    /// <summary>The most features <see cref="ContextFeatures"/> writes for a token.</summary>
    public const int MaxContextFeatures = 20;

    /// <summary>The most features <see cref="HintFeatures"/> writes for a token: three for its hint, three for a sports report.</summary>
    public const int MaxHintFeatures = 6;

    /// <summary>
    /// Writes the document-hint features of a token (always the last features of a token with a non-zero hint) and
    /// returns their number: the hint, with the casing class, with the word (for a hint other than
    /// <see cref="DocumentHint.None"/> once <see cref="DocumentHint.InSports"/> is taken off), then the same three of the
    /// hint with the flag when it is set. A hint without the flag keeps the keys it had before the flag existed.
    /// </summary>
    public static int HintFeatures(ulong lower, byte caps, DocumentHint hint, Span<ulong> output)
    {
        var k = 0;
        var withoutFlag = hint & ~DocumentHint.InSports;
        if (withoutFlag != DocumentHint.None)
        {
            k = HintTriple(lower, caps, withoutFlag, output);
        }

        if ((hint & DocumentHint.InSports) != 0)
        {
            k += HintTriple(lower, caps, hint, output[k..]);
        }

        return k;
    }

    private static int HintTriple(ulong lower, byte caps, DocumentHint hint, Span<ulong> output)
    {
        output[0] = FeatureHash.Feature((int)FeatureTemplate.Hint, (ulong)hint);
        output[1] = FeatureHash.Feature((int)FeatureTemplate.HintCaps, (ulong)hint, caps);
        output[2] = FeatureHash.Feature((int)FeatureTemplate.HintLower, (ulong)hint, lower);
        return 3;
    }

    private static int AddFlags(Span<ulong> output, int k, FeatureTemplate template, LexiconFlags flags, ulong caps, bool withCaps)
    {
        // The casing companion of a flag template is the next id (Flag, FlagCaps; SuffixedFlag, SuffixedFlagCaps).
        Debug.Assert(!withCaps || template is FeatureTemplate.Flag or FeatureTemplate.SuffixedFlag);
        var bits = (uint)flags;
        while (bits != 0)
        {
            var bit = (ulong)System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            output[k++] = FeatureHash.Feature((int)template, bit);
            if (withCaps)
            {
                output[k++] = FeatureHash.Feature((int)template + 1, bit, caps);
            }
        }

        return k;
    }

    /// <summary>
    /// Fills the facts of one token that depend on its characters and kind alone, which a cache may keep per word;
    /// <see cref="Contextualize"/> then adds what depends on its neighbours.
    /// </summary>
    public void DescribeToken(ReadOnlySpan<char> text, Token token, ref TokenFacts f)
    {
        var span = token.GetSpan(text);
        char[]? rented = null;
        var buffer = span.Length <= MaxStackLower ? stackalloc char[MaxStackLower] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        DescribeToken(span, buffer[..TurkishCasing.ToLower(span, buffer)], token.Kind, ref f);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The longest token lowercased on the stack; longer ones borrow a pooled buffer.</summary>
    private const int MaxStackLower = 64;

    private void DescribeToken(ReadOnlySpan<char> span, ReadOnlySpan<char> lower, TokenKind kind, ref TokenFacts f)
    {

        // One pass hashes every prefix of the lowercase form (up to the stem search's limit): the lowercase hash, the
        // prefix features and the stem search's lexicon keys all come from it. The lowercase hash equals
        // FeatureHash.OfLower of the token whenever lowercasing kept the length (it folds I + U+0307 into one i).
        Span<ulong> prefixes = stackalloc ulong[Math.Min(lower.Length, MaxStemSearch)];
        FeatureHash.OfPrefixes(lower[..prefixes.Length], prefixes);
        var whole = lower.Length == prefixes.Length;
        f.Kind = kind;
        f.Length = (short)Math.Min(span.Length, short.MaxValue);
        f.Word = FeatureHash.Of(span);
        f.Lower = whole && lower.Length == span.Length ? prefixes[^1] : FeatureHash.OfLower(span);
        f.Shape = ShapeHash(span);
        f.Caps = (byte)CapsOf(span);
        f.Flags = _lexicon.Word(f.Lower);
        f.Cluster = _lexicon.Cluster(f.Lower);
        f.SecondCluster = _lexicon.SecondCluster(f.Lower);
        (f.SuffixedFlags, var ending) = kind == TokenKind.Word && whole ? SuffixedFlags(lower, prefixes) : (LexiconFlags.None, 0);
        // A one-letter ending is left: after a name's last word it is the compound marker far more often than a case
        // (Çek Cumhuriyeti, not Çek Cumhuriyet + i).
        f.BaseCut = ending >= 2 && (f.SuffixedFlags & PlaceOrOrganization) != 0 && (f.Flags & PlaceOrOrganization) == 0 && lower.Length == span.Length
            && (CapsClass)f.Caps is CapsClass.Title or CapsClass.Upper or CapsClass.Mixed ? (byte)ending : (byte)0;
        f.Phrase = 0;
        f.StartsPhrase = _lexicon.StartsPhrase(f.Lower);
        (f.StemState, f.Ending) = f.Kind != TokenKind.Word ? (StemState.NotWord, 0UL) : whole ? Stem(lower, prefixes) : (StemState.None, 0UL);
        f.AffixCount = (byte)Math.Clamp(lower.Length - 1, 0, MaxAffix);
        for (var a = 0; a < f.AffixCount; a++)
        {
            f.Prefixes[a] = prefixes[a];
            f.Suffixes[a] = FeatureHash.Of(lower[^(a + 1)..]);
        }
    }

    /// <summary>Adds to a sentence's token facts what depends on the neighbours: the stem state before an apostrophe suffix, phrases.</summary>
    public void Contextualize(Span<TokenFacts> facts)
    {
        for (var i = 0; i + 1 < facts.Length; i++)
        {
            if (facts[i].Kind == TokenKind.Word && facts[i + 1].Kind == TokenKind.Suffix)
            {
                facts[i].StemState = StemState.BeforeApostrophe;
                facts[i].Ending = 0;
            }
        }

        MarkPhrases(facts);
    }

    /// <summary>The sentence's casing style.</summary>
    public static SentenceStyle Style(ReadOnlySpan<TokenFacts> facts)
    {
        var words = 0;
        var capitalized = 0;
        var upper = 0;
        foreach (ref readonly var f in facts)
        {
            if (f.Kind == TokenKind.Word && f.Length > 3)
            {
                words++;
                if ((CapsClass)f.Caps is CapsClass.Title or CapsClass.Upper)
                {
                    capitalized++;
                }

                if ((CapsClass)f.Caps == CapsClass.Upper)
                {
                    upper++;
                }
            }
        }

        if (words >= 2 && upper == words)
        {
            return SentenceStyle.AllCaps;
        }

        return words >= 3 && capitalized * 4 >= words * 3 ? SentenceStyle.Headline : SentenceStyle.Normal;
    }

    /// <summary>Marks tokens covered by a known multi-word phrase (longest match first) with the phrase's flags and position.</summary>
    private void MarkPhrases(Span<TokenFacts> facts)
    {
        if (!_lexicon.HasPhrases)
        {
            return;
        }

        Span<ulong> parts = stackalloc ulong[Lexicon.MaxPhraseTokens];
        for (var i = 0; i < facts.Length; i++)
        {
            if (!facts[i].StartsPhrase)
            {
                continue;
            }

            for (var length = Math.Min(Lexicon.MaxPhraseTokens, facts.Length - i); length >= 2; length--)
            {
                for (var j = 0; j < length; j++)
                {
                    parts[j] = facts[i + j].Lower;
                }

                var flags = _lexicon.Phrase(parts[..length]);
                if (flags == LexiconFlags.None)
                {
                    continue;
                }

                for (var j = 0; j < length; j++)
                {
                    var position = j == 0 ? PhrasePosition.First : j == length - 1 ? PhrasePosition.Last : PhrasePosition.Middle;
                    facts[i + j].Phrase = ((ulong)flags << 2) | (ulong)position;
                }

                i += length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// The flags of the lowercased word without a case ending written without an apostrophe (<c>türkiyede</c> →
    /// <c>türkiye</c>, <c>valiliğinden</c> → <c>valiliği</c>): the first ending, longest first, that leaves a stem of at
    /// least three letters with lexicon flags, and that ending's length. The stem's hash is one of the word's prefix hashes.
    /// </summary>
    private (LexiconFlags Flags, int Ending) SuffixedFlags(ReadOnlySpan<char> lower, ReadOnlySpan<ulong> prefixes)
    {
        foreach (var ending in CaseEndings)
        {
            var stem = lower.Length - ending.Length;
            if (stem >= 3 && lower.EndsWith(ending, StringComparison.Ordinal) && _lexicon.Word(prefixes[stem - 1]) is var flags && flags != LexiconFlags.None)
            {
                return (flags, ending.Length);
            }
        }

        return (LexiconFlags.None, 0);
    }

    /// <summary>What a lexicon entry must be for a place's or an organization's stem: a place, or a word that names or ends one.</summary>
    private const LexiconFlags PlaceOrOrganization = LexiconFlags.Country | LexiconFlags.Place | LexiconFlags.ListedPlace | LexiconFlags.OrganizationHead
        | LexiconFlags.FacilityHead | LexiconFlags.Organization | LexiconFlags.ListedOrganization;

    /// <summary>Turkish case endings and the relative -ki after a name, longest first (buffer letters included).</summary>
    private static readonly string[] CaseEndings =
    [
        "ndeki", "ndaki", "nden", "ndan", "deki", "daki", "teki", "taki", "nin", "nın", "nun", "nün", "den", "dan",
        "ten", "tan", "nde", "nda", "yle", "yla", "de", "da", "te", "ta", "ye", "ya", "yi", "yı", "yu", "yü", "ne", "na",
        "ni", "nı", "nu", "nü", "in", "ın", "un", "ün", "le", "la", "e", "a", "i", "ı", "u", "ü",
    ];

    /// <summary>
    /// The longest lexicon common word that starts the lowercased token (its stem) and the hash of the ending after
    /// it, from the hashes of the token's prefixes: <c>arasında</c> → <c>ara</c> + <c>sında</c>, a Turkish ending;
    /// <c>tokayev</c> → <c>tok</c> + <c>ayev</c>, not one.
    /// </summary>
    private (StemState State, ulong Ending) Stem(ReadOnlySpan<char> lower, ReadOnlySpan<ulong> prefixes)
    {
        // Every probe below is a random access into the lexicon: request them all before the first is read.
        for (var stem = lower.Length; stem >= 2; stem--)
        {
            _lexicon.PrefetchWord(prefixes[stem - 1]);
        }

        for (var stem = lower.Length; stem >= 2; stem--)
        {
            if ((_lexicon.Word(prefixes[stem - 1]) & LexiconFlags.CommonWord) != 0)
            {
                return stem == lower.Length ? (StemState.Exact, 0) : (StemState.Partial, FeatureHash.Of(lower[stem..]));
            }
        }

        return (StemState.None, 0);
    }

    private static CapsClass CapsOf(ReadOnlySpan<char> span)
    {
        var letters = 0;
        var uppers = 0;
        var firstUpper = false;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == 0)
            {
                firstUpper = TurkishCasing.IsUpper(c);
            }

            letters++;
            if (TurkishCasing.IsUpper(c))
            {
                uppers++;
            }
        }

        if (letters == 0)
        {
            return CapsClass.None;
        }

        if (uppers == 0)
        {
            return CapsClass.Lower;
        }

        if (uppers == letters)
        {
            return letters == 1 ? CapsClass.Initial : CapsClass.Upper;
        }

        return firstUpper && uppers == 1 ? CapsClass.Title : CapsClass.Mixed;
    }

    /// <summary>The hash of the word's shape with runs collapsed: <c>Tokayev</c> → <c>Xx</c>, <c>1.234,5</c> → <c>d.d,d</c>.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> span)
    {
        Span<char> shape = stackalloc char[16];
        var length = 0;
        var last = '\0';
        foreach (var c in span)
        {
            var s = TurkishCasing.IsUpper(c) ? 'X'
                : char.IsLetter(c) ? 'x'
                : char.IsDigit(c) ? 'd'
                : Apostrophes.IsApostrophe(c) ? '\''
                : c;
            if (s == last)
            {
                continue;
            }

            last = s;
            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = s;
        }

        return FeatureHash.Of(shape[..length]);
    }
}
