using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The open-addressing scheme of the model file's hash tables (<see cref="FlagTable"/>, <see cref="FeatureTable"/>):
/// a slot holds the key's high bits (its fingerprint, never 0) above a value of <c>valueBits</c> bits; the key's low
/// bits pick the first slot, probing is linear, and a slot of 0 is empty. With a table at most half full, most misses
/// stop at the first slot. One place for finding, claiming and prefetching slots, so the two tables cannot drift apart.
/// </summary>
internal static unsafe class FingerprintSlots
{
    /// <summary>The key's high bits above <paramref name="valueBits"/>, or the lowest of them when those are all 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Fingerprint(ulong key, int valueBits)
    {
        var high = key & ~((1UL << valueBits) - 1);
        return high == 0 ? 1UL << valueBits : high;
    }

    /// <summary>The slot of <paramref name="key"/>'s fingerprint, or the empty slot where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SlotOf(ulong* slots, ulong mask, ulong key, int valueBits)
    {
        var fingerprint = Fingerprint(key, valueBits);
        var valueMask = (1UL << valueBits) - 1;
        var slot = key & mask;
        while (slots[slot] != 0 && (slots[slot] & ~valueMask) != fingerprint)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>What the slot of <paramref name="key"/> holds (fingerprint and value), or 0 when the key is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Find(ulong* slots, ulong mask, ulong key, int valueBits) => slots[SlotOf(slots, mask, key, valueBits)];

    /// <summary>Asks the processor to start fetching the slot where the lookup of <paramref name="key"/> begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(ulong* slots, ulong mask, ulong key)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(slots + (key & mask));
        }
    }
}
