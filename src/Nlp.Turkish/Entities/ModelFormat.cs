using System.IO.Compression;
using System.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The entity model file format, version 1. All integers little-endian.
/// <code>
/// offset  size  field
/// 0       8     magic "NLPTRNER"
/// 8       2     format version (1)
/// 10      2     reserved, 0
/// 12      4     payload length in bytes
/// 16      8     checksum: FNV-1a 64 of the payload bytes
/// 24      ...   payload: a zlib stream of
///                 string   description (length-prefixed UTF-8)
///                 int32    label count (13), then each label name as a string (O, B-PERSON, ...)
///                 int32    lexicon entry count, then per entry: string (lowercased word or phrase), uint16 flags
///                 byte     stage count (1 or 2); per stage:
///                            float32 calibration temperature
///                            float32 transitions [13 × 13], start [13], end [13]
///                            int32 feature count F, then F uint64 feature keys (ascending),
///                            then F × 13 float16 emission weights (row per feature)
/// </code>
/// A file with another magic, a newer version, a wrong length or a wrong checksum is refused with
/// <see cref="InvalidDataException"/> naming the problem; nothing is decoded from a file that fails these checks.
/// </summary>
internal static class ModelFormat
{
    public const ushort Version = 1;
    private const int HeaderLength = 24;
    private static ReadOnlySpan<byte> Magic => "NLPTRNER"u8;

    public static void Write(EntityModel model, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(destination);
        using var payload = new MemoryStream();
        using (var zlib = new ZLibStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(zlib, Encoding.UTF8, leaveOpen: true))
        {
            WritePayload(model, writer);
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BitConverter.TryWriteBytes(header[8..], Version);
        BitConverter.TryWriteBytes(header[10..], (ushort)0);
        BitConverter.TryWriteBytes(header[12..], bytes.Length);
        BitConverter.TryWriteBytes(header[16..], Checksum(bytes));
        destination.Write(header);
        destination.Write(bytes);
    }

    public static EntityModel Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Span<byte> header = stackalloc byte[HeaderLength];
        var headerRead = source.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        if (headerRead < Magic.Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException(headerRead == 0
                ? "The model file is empty."
                : "Not an Nlp.Turkish entity model: the file does not start with the NLPTRNER magic.");
        }

        if (headerRead < HeaderLength)
        {
            throw new InvalidDataException("The model file is truncated: its header is incomplete.");
        }

        var version = BitConverter.ToUInt16(header[8..]);
        if (version != Version)
        {
            throw new InvalidDataException(version > Version
                ? $"The model file has format version {version}, newer than this library reads ({Version}); update Nlp.Turkish."
                : $"The model file has unknown format version {version}.");
        }

        var length = BitConverter.ToInt32(header[12..]);
        var checksum = BitConverter.ToUInt64(header[16..]);
        if (length <= 0)
        {
            throw new InvalidDataException($"The model file is corrupt: invalid payload length {length}.");
        }

        var payload = new byte[length];
        var read = source.ReadAtLeast(payload, length, throwOnEndOfStream: false);
        if (read < length)
        {
            throw new InvalidDataException($"The model file is truncated: {read} of {length} payload bytes present.");
        }

        if (Checksum(payload) != checksum)
        {
            throw new InvalidDataException("The model file is corrupt: checksum mismatch.");
        }

        try
        {
            using var zlib = new ZLibStream(new MemoryStream(payload), CompressionMode.Decompress);
            using var reader = new BinaryReader(zlib, Encoding.UTF8);
            return ReadPayload(reader);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException($"The model file is corrupt: {e.Message}", e);
        }
    }

    private static void WritePayload(EntityModel model, BinaryWriter writer)
    {
        writer.Write(model.Description);
        writer.Write(EntityLabels.Count);
        for (var label = 0; label < EntityLabels.Count; label++)
        {
            writer.Write(EntityLabels.Name(label));
        }

        var entries = model.Extractor.Lexicon.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(entries.Count);
        foreach (var (entry, flags) in entries)
        {
            writer.Write(entry);
            writer.Write((ushort)flags);
        }

        writer.Write((byte)(model.Second is null ? 1 : 2));
        WriteStage(model.First, writer);
        if (model.Second is not null)
        {
            WriteStage(model.Second, writer);
        }
    }

    private static void WriteStage(LinearChainWeights weights, BinaryWriter writer)
    {
        writer.Write(weights.Temperature);
        WriteUnconstrained(writer, weights.Transitions);
        WriteUnconstrained(writer, weights.Start);
        WriteUnconstrained(writer, weights.End);
        var order = Enumerable.Range(0, weights.Keys.Length).OrderBy(i => weights.Keys[i]).ToArray();
        writer.Write(order.Length);
        foreach (var row in order)
        {
            writer.Write(weights.Keys[row]);
        }

        var emissions = weights.Emissions;
        foreach (var row in order)
        {
            for (var y = 0; y < EntityLabels.Count; y++)
            {
                writer.Write((Half)emissions[(row * EntityLabels.Count) + y]);
            }
        }
    }

    /// <summary>Forbidden transitions are re-derived on load, so they are written as 0.</summary>
    private static void WriteUnconstrained(BinaryWriter writer, ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            writer.Write(v <= -1e8f ? 0f : v);
        }
    }

    private static EntityModel ReadPayload(BinaryReader reader)
    {
        var description = reader.ReadString();
        var labelCount = reader.ReadInt32();
        if (labelCount != EntityLabels.Count)
        {
            throw new InvalidDataException($"The model has {labelCount} labels; this library expects {EntityLabels.Count}.");
        }

        for (var label = 0; label < labelCount; label++)
        {
            var name = reader.ReadString();
            if (name != EntityLabels.Name(label))
            {
                throw new InvalidDataException($"The model's label {label} is '{name}', expected '{EntityLabels.Name(label)}'.");
            }
        }

        var entryCount = ReadCount(reader, 10_000_000);
        var entries = new Dictionary<string, LexiconFlags>(entryCount, StringComparer.Ordinal);
        for (var i = 0; i < entryCount; i++)
        {
            var entry = reader.ReadString();
            entries[entry] = (LexiconFlags)reader.ReadUInt16();
        }

        var stages = reader.ReadByte();
        if (stages is not (1 or 2))
        {
            throw new InvalidDataException($"The model has {stages} stages; expected 1 or 2.");
        }

        var first = ReadStage(reader);
        var second = stages == 2 ? ReadStage(reader) : null;
        return new EntityModel(new Lexicon(entries), first, second, description);
    }

    private static LinearChainWeights ReadStage(BinaryReader reader)
    {
        var temperature = reader.ReadSingle();
        var transitions = ReadFloats(reader, EntityLabels.Count * EntityLabels.Count);
        var start = ReadFloats(reader, EntityLabels.Count);
        var end = ReadFloats(reader, EntityLabels.Count);
        var count = ReadCount(reader, 50_000_000);
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
        }

        var emissions = new float[count * EntityLabels.Count];
        for (var i = 0; i < emissions.Length; i++)
        {
            emissions[i] = (float)reader.ReadHalf();
        }

        return new LinearChainWeights(keys, emissions, transitions, start, end, temperature);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
            if (!float.IsFinite(values[i]))
            {
                throw new InvalidDataException("The model file is corrupt: a weight is not a finite number.");
            }
        }

        return values;
    }

    private static int ReadCount(BinaryReader reader, int max)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > max)
        {
            throw new InvalidDataException($"The model file is corrupt: count {count} is out of range.");
        }

        return count;
    }

    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 0x100000001B3UL;
        }

        return h;
    }
}
