using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// 64-bit hashing of feature values: strings are hashed from their characters (no string is built), and a feature is
/// the mix of a template id with one or more value hashes. Hashes are stable across processes and platforms, because
/// they are what the model file stores; changing them is a model format change.
/// </summary>
internal static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Offset = 0xCBF29CE484222325UL;

    /// <summary>The hash of a character sequence.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h ^ (ulong)text.Length);
    }

    /// <summary>
    /// Writes the hash of every prefix of <paramref name="text"/>: <c>prefixes[k - 1] == Of(text[..k])</c>, in one pass.
    /// </summary>
    public static void OfPrefixes(ReadOnlySpan<char> text, Span<ulong> prefixes)
    {
        var h = Offset;
        for (var k = 0; k < text.Length; k++)
        {
            h = (h ^ text[k]) * Prime;
            prefixes[k] = Finish(h ^ (ulong)(k + 1));
        }
    }

    /// <summary>The hash of a sequence lowercased by Turkish rules, without building the lowercase string.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ Text.TurkishCasing.ToLower(c)) * Prime;
        }

        return Finish(h ^ (ulong)text.Length);
    }

    /// <summary>A feature key from a template id and one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong value) => NonZero(Finish(value ^ ((ulong)template * 0x9E3779B97F4A7C15UL)));

    /// <summary>A feature key from a template id and two values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => Feature(template, Combine(a, b));

    /// <summary>A feature key from a template id and three values (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Feature(template, Combine(Combine(a, b), c));

    /// <summary>Combines two hashes, order-sensitively.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Finish(BitOperations.RotateLeft(a, 23) * 0xC2B2AE3D27D4EB4FUL ^ b);

    /// <summary>The SplitMix64 finalizer: spreads every input bit over the whole hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
