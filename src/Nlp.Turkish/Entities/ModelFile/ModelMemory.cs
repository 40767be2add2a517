using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nlp.Turkish.Entities;

/// <summary>
/// Memory at a fixed address for as long as this object lives, which the model's tables and weight rows read in
/// place: an array on the pinned object heap, or static memory such as the embedded model inside the assembly image.
/// Read-only once a model is built on it; safe for concurrent reads.
/// </summary>
internal sealed unsafe class ModelMemory
{
    /// <summary>Keeps a pinned array alive while its address is in use; null for static memory.</summary>
    private readonly Array? _array;

    private ModelMemory(Array? array, byte* start, long length)
    {
        _array = array;
        Start = start;
        Length = length;
    }

    /// <summary>The first byte.</summary>
    public byte* Start { get; }

    /// <summary>The length in bytes.</summary>
    public long Length { get; }

    /// <summary>The bytes, when they fit one span; written only before a model is built on them.</summary>
    public Span<byte> Bytes => new(Start, checked((int)Length));

    /// <summary>A zeroed pinned array of <paramref name="count"/> values.</summary>
    public static ModelMemory Allocate<T>(int count)
        where T : unmanaged
    {
        var array = GC.AllocateArray<T>(count, pinned: true);
        return new ModelMemory(array, (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)), (long)count * sizeof(T));
    }

    /// <summary>Memory that outlives every model built on it (the assembly image of a non-collectible assembly).</summary>
    public static ModelMemory Static(byte* start, long length) => new(null, start, length);
}
