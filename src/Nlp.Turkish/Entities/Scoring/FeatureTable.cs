using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// An immutable open-addressing map from 64-bit feature keys to weight-row indexes in one array of 64-bit slots: the
/// key's high 40 bits beside a 24-bit row, so a probe reads one slot. The low bits of the key pick the starting slot
/// (linear probing, load at most one half, so most misses stop at the first slot); the 40 stored bits and the slot
/// position together identify the key. A slot of 0 is empty. No allocation, safe for concurrent reads.
/// </summary>
/// <remarks>
/// The slot array is what a model file stores (<see cref="ModelFormat"/>); a loaded table reads it in place.
/// </remarks>
internal sealed unsafe class FeatureTable
{
    /// <summary>The most rows a table can index.</summary>
    public const int MaxRows = 1 << RowBits;

    private const int RowBits = 24;
    private const ulong RowMask = (1UL << RowBits) - 1;

    private readonly ModelMemory _memory;
    private readonly ulong* _slots;
    private readonly ulong _mask;

    /// <summary>Builds a table whose row <c>i</c> is <c>keys[i]</c>.</summary>
    /// <exception cref="InvalidDataException">Two keys are equal, or there are more than <see cref="MaxRows"/>.</exception>
    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        if (keys.Length > MaxRows)
        {
            throw new InvalidDataException($"{keys.Length} features are more than a model can hold ({MaxRows}).");
        }

        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _memory = ModelMemory.Allocate<ulong>(capacity);
        _slots = (ulong*)_memory.Start;
        _mask = (ulong)capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = FingerprintSlots.SlotOf(_slots, _mask, keys[row], RowBits);
            if (_slots[slot] != 0)
            {
                throw new InvalidDataException("Duplicate feature key in model.");
            }

            _slots[slot] = FingerprintSlots.Fingerprint(keys[row], RowBits) | (uint)row;
        }

        RowCount = keys.Length;
    }

    /// <summary>
    /// A table over <paramref name="slotCount"/> stored slots (<see cref="Slots"/> of a built table) at
    /// <paramref name="slots"/> in <paramref name="memory"/>, indexing <paramref name="rowCount"/> rows.
    /// </summary>
    /// <exception cref="InvalidDataException">The slot count is not a power of two, no slot is empty, or a slot names a row out of range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FeatureTable(ModelMemory memory, ulong* slots, int slotCount, int rowCount)
    {
        if (slotCount < 16 || !ulong.IsPow2((ulong)slotCount))
        {
            throw new InvalidDataException($"The feature table has {slotCount} slots; expected a power of two of at least 16.");
        }

        var empty = false;
        var outOfRange = false;
        for (var i = 0; i < slotCount; i++)
        {
            var slot = slots[i];
            empty |= slot == 0;
            outOfRange |= slot != 0 && (slot & RowMask) >= (ulong)rowCount;
        }

        if (outOfRange)
        {
            throw new InvalidDataException("A feature table slot names a row the model does not have.");
        }

        if (!empty)
        {
            throw new InvalidDataException("The feature table has no empty slot.");
        }

        _memory = memory;
        _slots = slots;
        _mask = (ulong)slotCount - 1;
        RowCount = rowCount;
    }

    /// <summary>The number of rows the table indexes.</summary>
    public int RowCount { get; }

    /// <summary>The slot array, as a model file stores it.</summary>
    public ReadOnlySpan<ulong> Slots => new(_slots, checked((int)(_mask + 1)));

    /// <summary>Asks the processor to start fetching the slot where the lookup of <paramref name="key"/> begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong key) => FingerprintSlots.Prefetch(_slots, _mask, key);

    /// <summary>The row of <paramref name="key"/>, or -1 when the model has no such feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var stored = FingerprintSlots.Find(_slots, _mask, key, RowBits);
        return stored == 0 ? -1 : (int)(stored & RowMask);
    }
}
