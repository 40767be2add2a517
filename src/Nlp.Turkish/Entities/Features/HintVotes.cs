namespace Nlp.Turkish.Entities;

/// <summary>
/// How often the first stage tagged each word of a document as each entity type: an open-addressing table from
/// lowercase hashes to three counts, reused from document to document so that computing the hints allocates nothing.
/// Not thread-safe: it lives in a tagging scratch, which one call uses at a time.
/// </summary>
internal sealed class HintVotes
{
    private ulong[] _keys = new ulong[64];
    private bool[] _used = new bool[64];
    private int[] _counts = new int[64 * EntityLabels.TypeCount];
    private int _mask = 63;

    /// <summary>The number of words the table has room for now.</summary>
    public int Capacity => _keys.Length;

    /// <summary>The number of words with votes.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the table, with room for at least <paramref name="words"/> words.</summary>
    public void Reset(int words)
    {
        var capacity = 64;
        while (capacity < words * 2)
        {
            capacity <<= 1;
        }

        if (_keys.Length < capacity)
        {
            _keys = new ulong[capacity];
            _used = new bool[capacity];
            _counts = new int[capacity * EntityLabels.TypeCount];
        }
        else
        {
            Array.Clear(_used, 0, capacity);
            Array.Clear(_counts, 0, capacity * EntityLabels.TypeCount);
        }

        _mask = capacity - 1;
        Count = 0;
    }

    /// <summary>Counts a vote for <paramref name="type"/> for a word.</summary>
    public void Add(ulong key, EntityType type)
    {
        if ((Count + 1) * 2 > _mask + 1)
        {
            Grow();
        }

        _counts[(SlotOf(key) * EntityLabels.TypeCount) + (int)type]++;
    }

    /// <summary>The slot of a word, taken for it if it has none yet.</summary>
    private int SlotOf(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (_used[slot] && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        if (!_used[slot])
        {
            _used[slot] = true;
            _keys[slot] = key;
            Count++;
        }

        return slot;
    }

    /// <summary>Doubles the table, keeping its votes (more words than <see cref="Reset"/> made room for).</summary>
    private void Grow()
    {
        var (keys, used, counts, capacity) = (_keys, _used, _counts, _mask + 1);
        _keys = new ulong[capacity * 2];
        _used = new bool[capacity * 2];
        _counts = new int[capacity * 2 * EntityLabels.TypeCount];
        _mask = (capacity * 2) - 1;
        Count = 0;
        for (var old = 0; old < capacity; old++)
        {
            if (used[old])
            {
                counts.AsSpan(old * EntityLabels.TypeCount, EntityLabels.TypeCount)
                    .CopyTo(_counts.AsSpan(SlotOf(keys[old]) * EntityLabels.TypeCount, EntityLabels.TypeCount));
            }
        }
    }

    /// <summary>The votes of a word, if it has any.</summary>
    public bool TryGet(ulong key, out (int Person, int Location, int Organization) votes)
    {
        var slot = (int)(key & (ulong)_mask);
        while (_used[slot])
        {
            if (_keys[slot] == key)
            {
                votes = (_counts[slot * EntityLabels.TypeCount], _counts[(slot * EntityLabels.TypeCount) + 1], _counts[(slot * EntityLabels.TypeCount) + 2]);
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        votes = default;
        return false;
    }
}
