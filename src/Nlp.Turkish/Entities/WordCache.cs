using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// What a word contributes to the two-stage scores wherever it occurs, cached per thread: its token facts, and five
/// sums of merged weight rows, one for its own features and one for each <see cref="Neighbour"/> role (what the word
/// before it, after it, and two away take from it). News repeats its words, so most tokens cost one hash of their
/// characters instead of describing the token and probing the weight table for about 25 features.
/// </summary>
/// <remarks>
/// Direct-mapped by the hash of the characters and checked against the characters themselves, so a hit is never a
/// different word. Each sum is built from zero in feature order whether it is cached or not, so results do not depend
/// on what the thread tagged before. Entries in use by the current window are pinned: a word that would evict one, or
/// one longer than the cache keeps, goes to an overflow entry that lives until the next window. Not thread-safe: one
/// instance per thread, bound to one scorer at a time.
/// </remarks>
internal sealed class WordCache
{
    /// <summary>The sums an entry holds: its own features, then one per neighbour role.</summary>
    public const int Groups = 5;

    private const int MaxChars = 24;
    private const int Bits = 12;
    private const int Size = 1 << Bits;
    private const int GroupStride = Groups * TwoStageScorer.Stride;

    private readonly ulong[] _keys = new ulong[Size];
    private readonly byte[] _lengths = new byte[Size];
    private readonly char[] _chars = new char[Size * MaxChars];
    private readonly int[] _pins = new int[Size];
    private readonly float[] _edges = new float[(Groups - 1) * TwoStageScorer.Stride];
    private TokenFacts[] _facts = new TokenFacts[Size + 64];
    private float[] _sums = new float[(Size + 64) * GroupStride];
    private int _window;
    private int _overflow;
    private TwoStageScorer? _scorer;

    /// <summary>Binds the cache to a scorer, dropping what it knew from another one.</summary>
    public void Bind(TwoStageScorer scorer)
    {
        if (ReferenceEquals(_scorer, scorer))
        {
            return;
        }

        Array.Clear(_keys);
        Array.Clear(_lengths);
        _scorer = scorer;
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        for (var role = Neighbour.Previous; role <= Neighbour.SecondNext; role++)
        {
            var count = FeatureExtractor.NeighbourFeatures(FeatureExtractor.NeighbourOf([], 0, role), role, keys);
            scorer.Sum(keys[..count], _edges.AsSpan((int)role * TwoStageScorer.Stride, TwoStageScorer.Stride));
        }
    }

    /// <summary>
    /// Looks up a window's tokens: copies each token's facts to <paramref name="facts"/> (to be contextualized by the
    /// caller) and its entry to <paramref name="entries"/>, describing and scoring the words not cached yet.
    /// </summary>
    public void Describe(FeatureExtractor extractor, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenFacts> facts,
        Span<int> entries, FeatureScratch scratch)
    {
        _window++;
        _overflow = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var entry = Find(extractor, text, tokens[i], scratch);
            entries[i] = entry;
            facts[i] = _facts[entry];
        }
    }

    /// <summary>The merged 32-float sum of an entry's own features, or of its features in a neighbour role.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float Sum(int entry, int group) => ref _sums[(entry * GroupStride) + (group * TwoStageScorer.Stride)];

    /// <summary>The sum of the virtual token beyond the sentence's edge in a neighbour role.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float Edge(Neighbour role) => ref _edges[(int)role * TwoStageScorer.Stride];

    /// <summary>The group index of a neighbour role (group 0 is the word's own features).</summary>
    public static int Group(Neighbour role) => 1 + (int)role;

    private int Find(FeatureExtractor extractor, ReadOnlySpan<char> text, Token token, FeatureScratch scratch)
    {
        var span = token.GetSpan(text);
        if (span.Length <= MaxChars)
        {
            var key = FeatureHash.Of(span);
            var slot = (int)(key >> (64 - Bits));
            if (_keys[slot] == key && _lengths[slot] == span.Length && _facts[slot].Kind == token.Kind
                && span.SequenceEqual(_chars.AsSpan(slot * MaxChars, span.Length)))
            {
                _pins[slot] = _window;
                return slot;
            }

            if (_pins[slot] != _window)
            {
                _keys[slot] = key;
                _lengths[slot] = (byte)span.Length;
                span.CopyTo(_chars.AsSpan(slot * MaxChars));
                _pins[slot] = _window;
                Fill(extractor, text, token, slot, scratch);
                return slot;
            }
        }

        var entry = Size + _overflow++;
        if (entry >= _facts.Length)
        {
            Array.Resize(ref _facts, _facts.Length * 2);
            Array.Resize(ref _sums, _facts.Length * GroupStride);
        }

        Fill(extractor, text, token, entry, scratch);
        return entry;
    }

    private void Fill(FeatureExtractor extractor, ReadOnlySpan<char> text, Token token, int entry, FeatureScratch scratch)
    {
        ref var facts = ref _facts[entry];
        extractor.DescribeToken(text, token, ref facts, scratch);
        var sums = _sums.AsSpan(entry * GroupStride, GroupStride);
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        var count = FeatureExtractor.OwnFeatures(facts, keys);
        _scorer!.Sum(keys[..count], sums[..TwoStageScorer.Stride]);
        for (var role = Neighbour.Previous; role <= Neighbour.SecondNext; role++)
        {
            count = FeatureExtractor.NeighbourFeatures(facts, role, keys);
            _scorer.Sum(keys[..count], sums.Slice(Group(role) * TwoStageScorer.Stride, TwoStageScorer.Stride));
        }
    }
}
