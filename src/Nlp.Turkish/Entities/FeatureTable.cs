using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// An immutable open-addressing map from 64-bit feature keys to weight-row indexes: one array probe per lookup in the
/// common case, no allocation, safe for concurrent reads. Key 0 marks an empty slot (<see cref="FeatureHash"/> never
/// produces it).
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly ulong _mask;

    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = (ulong)capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var key = keys[row];
            if (key == 0)
            {
                throw new InvalidDataException("Feature key 0 is reserved.");
            }

            var slot = key & _mask;
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new InvalidDataException("Duplicate feature key in model.");
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 when the model has no such feature.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        var slot = key & _mask;
        while (true)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                return _rows[slot];
            }

            if (stored == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
