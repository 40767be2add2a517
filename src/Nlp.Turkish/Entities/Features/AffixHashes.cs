namespace Nlp.Turkish.Entities;

/// <summary>Five 64-bit hashes inline in a struct (the affixes of lengths 1 to 5).</summary>
[System.Runtime.CompilerServices.InlineArray(5)]
internal struct AffixHashes
{
    private ulong _first;
}
