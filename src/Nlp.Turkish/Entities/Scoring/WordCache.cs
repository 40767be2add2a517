using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Nlp.Turkish.Entities;

/// <summary>
/// What a word contributes to the two-stage scores wherever it occurs, cached in each tagging scratch: its facts, and
/// five sums of merged weight rows, one for its own features and one for each <see cref="Neighbour"/> role (what the
/// word before it, after it, and two away take from it). News repeats its words, so most tokens cost one hash of their
/// characters instead of describing the token and probing the weight table for about 25 features.
/// </summary>
/// <remarks>
/// Four-way set associative by the hash of the characters (the four keys of a set are compared in one vector
/// instruction) and checked against the characters themselves, so a hit is never a different word; a new word
/// replaces the entry of its set least recently used, by window. Each sum is built from zero in feature order whether
/// it is cached or not, so results do not depend on what the cache saw before. Entries in use by the current
/// window are pinned: a word whose set is all pinned, or one longer than the cache keeps, goes to an overflow entry
/// that lives until the next window. A sum is 26 floats (stage one's 13, then stage two's 13), read as four
/// overlapping 8-float vectors. The cache starts at 4,096 entries (about 2.5 MB: a call on one article needs no more) and
/// doubles, emptied, each time it has replaced as many words as it holds, up to 65,536 entries (about 40 MB) for a
/// stream of documents: the largest size was chosen by BatchBenchmarks and a paired run (a stream of news read once; with
/// the format-3 model a miss costs more features and table probes; 32,768 entries tagged 1.23x and 65,536 1.39x as fast
/// as 16,384), and LargeInputTests bounds the memory it takes. Not thread-safe: one call uses it at a time, bound to one
/// model at a time.
/// </remarks>
internal sealed class WordCache
{
    /// <summary>The floats of a cached sum: stage one's 13 weights, then stage two's.</summary>
    public const int SumLength = 2 * EntityLabels.Count;

    private const int Groups = 5;
    private const int MaxChars = 20;
    private const int FirstBits = 12;
    private const int MaxBits = 16;
    private const int WayBits = 2;
    private const int Ways = 1 << WayBits;
    private const int EntryLength = Groups * SumLength;

    /// <summary>The most keys of a word's five groups.</summary>
    private const int MaxKeysPerWord = 2 * FeatureExtractor.MaxFeaturesPerToken;

    /// <summary>Vector reads of the last sum run 3 floats past it.</summary>
    private const int Tail = 8;

    private int _bits;
    private int _size;

    /// <summary>Words replaced since the cache last grew.</summary>
    private int _replaced;
    private ulong[] _keys = [];
    private byte[] _lengths = [];
    private char[] _chars = [];

    /// <summary>The window that last used each entry: the current one pins it, the oldest is replaced first.</summary>
    private int[] _pins = [];
    private readonly float[] _edges = new float[((Groups - 1) * SumLength) + Tail];
    private WordFacts[] _facts = [];
    private float[] _sums = [];
    private TokenFacts _described;
    private int _pending;
    private int[] _pendingEntries = new int[64];
    private Token[] _pendingTokens = new Token[64];
    private ulong[] _pendingKeys = new ulong[64 * MaxKeysPerWord];
    private int[] _pendingRows = new int[64 * MaxKeysPerWord];
    private int[] _pendingEnds = new int[64 * Groups];
    private int _window;
    private int _overflow;
    private ulong[] _windowKeys = new ulong[64];
    private EmissionTable? _emissions;

    /// <summary>The entries the cache holds now (it grows with the words it has to replace).</summary>
    public int Capacity => _size;

    /// <summary>Binds the cache to a model's emission table, dropping what it knew from another one.</summary>
    public void Bind(EmissionTable emissions)
    {
        if (ReferenceEquals(_emissions, emissions))
        {
            return;
        }

        Allocate(FirstBits);
        _emissions = emissions;
        Span<ulong> keys = stackalloc ulong[FeatureExtractor.MaxFeaturesPerToken];
        for (var role = Neighbour.Previous; role <= Neighbour.SecondNext; role++)
        {
            var count = FeatureExtractor.NeighbourFeatures(FeatureExtractor.NeighbourOf([], 0, role), role, keys);
            emissions.Sum(keys[..count], _edges.AsSpan((int)role * SumLength, SumLength));
        }
    }

    /// <summary>
    /// Looks up a window's tokens: writes each token's facts to <paramref name="facts"/> (to be contextualized by the
    /// caller; the word, flag and affix fields are not written, the cached sums cover them) and its entry to
    /// <paramref name="entries"/>, describing and scoring the words not cached yet.
    /// </summary>
    public void Describe(FeatureExtractor extractor, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenFacts> facts,
        Span<int> entries)
    {
        if (_replaced >= _size && _bits < MaxBits)
        {
            Allocate(_bits + 1);
        }

        _window++;
        _overflow = 0;
        _pending = 0;

        // Hash every word first and request its set (keys, facts, characters), so that the lookups' cache misses
        // overlap instead of following one another.
        var keys = ScratchArrays.Take(ref _windowKeys, tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var span = tokens[i].GetSpan(text);
            var key = span.Length <= MaxChars ? FeatureHash.Of(span) : 0;
            keys[i] = key;
            PrefetchSet(key);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            entries[i] = Find(text, tokens[i], keys[i]);
        }

        if (_pending > 0)
        {
            FillPending(extractor, text);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            _facts[entries[i]].CopyTo(ref facts[i]);
        }
    }

    /// <summary>
    /// Describes and scores the window's new words together: their keys are located in one pass, so the table's cache
    /// misses of all of them overlap.
    /// </summary>
    private void FillPending(FeatureExtractor extractor, ReadOnlySpan<char> text)
    {
        if (_pendingKeys.Length < _pending * MaxKeysPerWord)
        {
            _pendingKeys = new ulong[_pending * MaxKeysPerWord];
            _pendingRows = new int[_pending * MaxKeysPerWord];
            _pendingEnds = new int[_pending * Groups];
        }

        var count = 0;
        for (var p = 0; p < _pending; p++)
        {
            extractor.DescribeToken(text, _pendingTokens[p], ref _described);
            _facts[_pendingEntries[p]] = new WordFacts(_described);
            count += FeatureExtractor.OwnFeatures(_described, _pendingKeys.AsSpan(count));
            _pendingEnds[p * Groups] = count;
            for (var role = Neighbour.Previous; role <= Neighbour.SecondNext; role++)
            {
                count += FeatureExtractor.NeighbourFeatures(_described, role, _pendingKeys.AsSpan(count));
                _pendingEnds[(p * Groups) + Group(role)] = count;
            }
        }

        _emissions!.Locate(_pendingKeys.AsSpan(0, count), _pendingRows.AsSpan(0, count));
        Span<int> ends = stackalloc int[Groups];
        var start = 0;
        for (var p = 0; p < _pending; p++)
        {
            for (var g = 0; g < Groups; g++)
            {
                ends[g] = _pendingEnds[(p * Groups) + g] - start;
            }

            var end = _pendingEnds[(p * Groups) + Groups - 1];
            _emissions.SumRows(_pendingRows.AsSpan(start, end - start), ends, _sums.AsSpan(_pendingEntries[p] * EntryLength, EntryLength));
            start = end;
        }
    }

    private void Pend(int entry, Token token)
    {
        if (_pending == _pendingEntries.Length)
        {
            Array.Resize(ref _pendingEntries, _pending * 2);
            Array.Resize(ref _pendingTokens, _pending * 2);
        }

        _pendingEntries[_pending] = entry;
        _pendingTokens[_pending++] = token;
    }

    /// <summary>The sum of an entry's own features (group 0) or of its features in a neighbour role (<see cref="Group"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float Sum(int entry, int group) => ref _sums[(entry * EntryLength) + (group * SumLength)];

    /// <summary>
    /// Asks the processor to start fetching an entry's sums: all five groups, which a token and its neighbours read.
    /// </summary>
    public unsafe void PrefetchSums(int entry)
    {
        if (Sse.IsSupported)
        {
            fixed (float* start = &_sums[entry * EntryLength])
            {
                for (var offset = 0; offset < EntryLength + 16; offset += 16)
                {
                    Sse.Prefetch0(start + offset);
                }
            }
        }
    }

    /// <summary>The sum of the virtual token beyond the sentence's edge in a neighbour role.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float Edge(Neighbour role) => ref _edges[(int)role * SumLength];

    /// <summary>The group index of a neighbour role (group 0 is the word's own features).</summary>
    public static int Group(Neighbour role) => 1 + (int)role;

    /// <summary>Empties the cache at a size of <c>2^bits</c> entries.</summary>
    private void Allocate(int bits)
    {
        _bits = bits;
        _size = 1 << bits;
        _replaced = 0;
        _keys = new ulong[_size];
        _lengths = new byte[_size];
        _chars = new char[_size * MaxChars];
        _pins = new int[_size];
        _facts = new WordFacts[_size + 64];
        _sums = new float[((_size + 64) * EntryLength) + Tail];
    }

    /// <summary>The first entry of the set where a word of this key is kept.</summary>
    private int SetOf(ulong key) => (int)(key >> (64 - _bits + WayBits)) << WayBits;

    /// <summary>Asks the processor to start fetching the set of a key: its four keys, facts and characters.</summary>
    private unsafe void PrefetchSet(ulong key)
    {
        if (Sse.IsSupported)
        {
            var set = SetOf(key);
            fixed (ulong* keys = &_keys[set])
            fixed (WordFacts* facts = &_facts[set])
            fixed (char* chars = &_chars[set * MaxChars])
            {
                Sse.Prefetch0(keys);
                Sse.Prefetch0(facts);
                Sse.Prefetch0((byte*)facts + 64);
                Sse.Prefetch0(chars);
                Sse.Prefetch0((byte*)chars + 64);
                Sse.Prefetch0((byte*)chars + 128);
            }
        }
    }

    /// <summary>
    /// The entry of a token's word (<paramref name="key"/> is the hash of its characters when it is short enough to be
    /// kept): a cached one, or a new one queued for <see cref="FillPending"/>.
    /// </summary>
    private int Find(ReadOnlySpan<char> text, Token token, ulong key)
    {
        var span = token.GetSpan(text);
        if (span.Length <= MaxChars)
        {
            var set = SetOf(key);
            var matches = Vector256.Equals(Vector256.LoadUnsafe(ref _keys[set]), Vector256.Create(key)).ExtractMostSignificantBits();
            while (matches != 0)
            {
                var slot = set + BitOperations.TrailingZeroCount(matches);
                matches &= matches - 1;
                if (_lengths[slot] == span.Length && _facts[slot].Kind == token.Kind
                    && span.SequenceEqual(_chars.AsSpan(slot * MaxChars, span.Length)))
                {
                    _pins[slot] = _window;
                    return slot;
                }
            }

            var victim = set;
            var oldest = _pins[set];
            for (var slot = set + 1; slot < set + Ways; slot++)
            {
                if (_pins[slot] < oldest)
                {
                    oldest = _pins[slot];
                    victim = slot;
                }
            }

            if (oldest != _window)
            {
                _replaced += _lengths[victim] != 0 ? 1 : 0;
                _keys[victim] = key;
                _lengths[victim] = (byte)span.Length;
                span.CopyTo(_chars.AsSpan(victim * MaxChars));
                _pins[victim] = _window;
                _facts[victim].Kind = token.Kind;
                Pend(victim, token);
                return victim;
            }
        }

        var entry = _size + _overflow++;
        if (entry >= _facts.Length)
        {
            Array.Resize(ref _facts, _facts.Length * 2);
            Array.Resize(ref _sums, (_facts.Length * EntryLength) + Tail);
        }

        _facts[entry].Kind = token.Kind;
        Pend(entry, token);
        return entry;
    }
}
