using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// An immutable open-addressing map from 64-bit feature keys to weight-row indexes. Key and row share a slot, so a hit
/// reads one cache line; most misses stop at the first empty slot (load factor at most one half). No allocation, safe
/// for concurrent reads. Key 0 marks an empty slot (<see cref="FeatureHash"/> never produces it).
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] _slots;
    private readonly ulong _mask;

    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = (ulong)capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                throw new InvalidDataException("Feature key 0 is reserved.");
            }

            var slot = key & _mask;
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new InvalidDataException("Duplicate feature key in model.");
                }

                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row);
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 when the model has no such feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slots = _slots;
        var slot = key & _mask;
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if (entry.Key == key)
            {
                return entry.Row;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
