using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// An open-addressing map from 64-bit hashes to 16-bit values (lexicon flags, word clusters) in one array of 64-bit
/// slots: the hash's high 48 bits beside its 16 value bits, so a probe reads one slot and most lookups one cache line. The low bits of the hash pick
/// the starting slot (linear probing), so the 48 stored bits and the slot position together identify the key. A slot
/// of 0 is empty. Immutable once built or loaded; safe for concurrent reads.
/// </summary>
/// <remarks>
/// The slot array is what a model file stores (<see cref="ModelFormat"/>); a loaded table reads it in place.
/// </remarks>
internal sealed unsafe class FlagTable
{
    private const int FlagBits = 16;
    private const ulong FlagMask = (1UL << FlagBits) - 1;

    private readonly ModelMemory _memory;
    private readonly ulong* _slots;
    private readonly ulong _mask;

    /// <summary>An empty table to fill with <see cref="Add"/>, with room for <paramref name="expectedCount"/> keys at a load of at most 3/4.</summary>
    public FlagTable(int expectedCount)
    {
        var capacity = 16;
        while (capacity < expectedCount + (expectedCount / 3) + 1)
        {
            capacity <<= 1;
        }

        _memory = ModelMemory.Allocate<ulong>(capacity);
        _slots = (ulong*)_memory.Start;
        _mask = (ulong)capacity - 1;
    }

    /// <summary>A table over <paramref name="slotCount"/> stored slots (<see cref="Slots"/> of a built table) at <paramref name="slots"/> in <paramref name="memory"/>.</summary>
    /// <exception cref="InvalidDataException">The slot count is not a power of two, or no slot is empty.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FlagTable(ModelMemory memory, ulong* slots, int slotCount)
    {
        if (slotCount < 16 || !ulong.IsPow2((ulong)slotCount))
        {
            throw new InvalidDataException($"A flag table has {slotCount} slots; expected a power of two of at least 16.");
        }

        _memory = memory;
        _slots = slots;
        _mask = (ulong)slotCount - 1;
        Count = slotCount - Slots.Count(0UL);
        if (Count == slotCount)
        {
            throw new InvalidDataException("A flag table has no empty slot.");
        }
    }

    /// <summary>The number of keys in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The slot array, as a model file stores it.</summary>
    public ReadOnlySpan<ulong> Slots => new(_slots, checked((int)(_mask + 1)));

    /// <summary>Adds <paramref name="flags"/> to the key's flags; only while building.</summary>
    public void Add(ulong key, LexiconFlags flags) => AddBits(key, (ushort)flags);

    /// <summary>Sets <paramref name="bits"/> in the key's value; only while building.</summary>
    public void AddBits(ulong key, ushort bits)
    {
        var slot = FingerprintSlots.SlotOf(_slots, _mask, key, FlagBits);
        if (_slots[slot] == 0)
        {
            if ((ulong)Count + 2 > _mask + 1)
            {
                throw new InvalidOperationException("The flag table is full.");
            }

            _slots[slot] = FingerprintSlots.Fingerprint(key, FlagBits);
            Count++;
        }

        _slots[slot] |= bits;
    }

    /// <summary>Asks the processor to start fetching the slot where the lookup of <paramref name="key"/> begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key) => FingerprintSlots.Prefetch(_slots, _mask, key);

    /// <summary>The flags of <paramref name="key"/>, or none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LexiconFlags Find(ulong key) => (LexiconFlags)Value(key);

    /// <summary>The value of <paramref name="key"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort Value(ulong key) => (ushort)(FingerprintSlots.Find(_slots, _mask, key, FlagBits) & FlagMask);
}
