namespace Nlp.Turkish.Entities;

/// <summary>Growing reusable arrays, the one helper behind every scratch buffer of tagging and training.</summary>
internal static class ScratchArrays
{
    /// <summary>The first <paramref name="size"/> elements of <paramref name="array"/>, grown (at least doubled) when it is shorter.</summary>
    public static Span<T> Take<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array.AsSpan(0, size);
    }
}
