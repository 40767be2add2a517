namespace Nlp.Turkish.Entities;

/// <summary>
/// An open-addressing map from 64-bit hashes to lexicon flags: one array probe per lookup in the common case, no
/// allocation, safe for concurrent reads once built. Key 0 marks an empty slot.
/// </summary>
internal sealed class FlagTable
{
    private readonly ulong[] _keys;
    private readonly ushort[] _flags;
    private readonly ulong _mask;

    public FlagTable(int expectedCount)
    {
        var capacity = 16;
        while (capacity < expectedCount * 2)
        {
            capacity <<= 1;
        }

        _keys = new ulong[capacity];
        _flags = new ushort[capacity];
        _mask = (ulong)capacity - 1;
    }

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="flags"/> to the key's flags; only while building.</summary>
    public void Add(ulong key, LexiconFlags flags)
    {
        key = key == 0 ? 1 : key;
        var slot = key & _mask;
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        if (_keys[slot] == 0)
        {
            if ((ulong)(Count + 1) * 2 > (ulong)_keys.Length)
            {
                throw new InvalidOperationException("The flag table is full.");
            }

            _keys[slot] = key;
            Count++;
        }

        _flags[slot] |= (ushort)flags;
    }

    public LexiconFlags Find(ulong key)
    {
        key = key == 0 ? 1 : key;
        var slot = key & _mask;
        while (true)
        {
            var stored = _keys[slot];
            if (stored == key)
            {
                return (LexiconFlags)_flags[slot];
            }

            if (stored == 0)
            {
                return LexiconFlags.None;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
