namespace Nlp.Turkish.Entities;

/// <summary>
/// The tagging scratches (buffers and the word cache, several megabytes each) shared by every recognizer of the process: a
/// fixed number of slots, twice the processor count. A call rents one and returns it, so memory is bounded by how many
/// documents are tagged at the same time, not by how many threads ever tagged one (a server's thread pool may run
/// hundreds). A call that finds every slot empty gets a new scratch, which is kept if a slot is free when it returns
/// and dropped otherwise. Renting starts at a slot picked by the thread, so a thread tends to get the scratch (and the
/// warm word cache) it used last.
/// </summary>
internal static class ScratchPool
{
    private static readonly TaggingScratch?[] Slots = new TaggingScratch?[2 * Environment.ProcessorCount];

    /// <summary>A scratch for one call; give it back with <see cref="Return"/>.</summary>
    public static TaggingScratch Rent()
    {
        var start = Start();
        for (var k = 0; k < Slots.Length; k++)
        {
            var i = (start + k) % Slots.Length;
            if (Volatile.Read(ref Slots[i]) is not null && Interlocked.Exchange(ref Slots[i], null) is { } scratch)
            {
                return scratch;
            }
        }

        return new TaggingScratch();
    }

    /// <summary>Returns a rented scratch, ready for the next call; it must not be used afterwards.</summary>
    public static void Return(TaggingScratch scratch)
    {
        var start = Start();
        for (var k = 0; k < Slots.Length; k++)
        {
            var i = (start + k) % Slots.Length;
            if (Volatile.Read(ref Slots[i]) is null && Interlocked.CompareExchange(ref Slots[i], scratch, null) is null)
            {
                return;
            }
        }
    }

    private static int Start() => Environment.CurrentManagedThreadId % Slots.Length;
}
