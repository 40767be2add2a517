using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The entity model file format, version 1. All numbers little-endian; a string is an int32 byte length and UTF-8 bytes.
/// <code>
/// offset  size  field
/// 0       8     magic "NLPTRNER"
/// 8       2     format version (1)
/// 10      2     reserved, 0
/// 12      4     payload length in bytes
/// 16      8     checksum: FNV-1a 64 of the payload bytes
/// 24      ...   payload: a zlib stream of
///                 string   description
///                 int32    label count (13), then each label name as a string (O, B-PERSON, ...)
///                 int32    lexicon entry count N; string: the entries (lowercased word or phrase) joined by "\n" in
///                          ordinal order; N × uint16 flags
///                 byte     stage count (1 or 2); per stage:
///                            float32 calibration temperature
///                            float32 transitions [13 × 13], start [13], end [13]
///                            int32 feature count F, then F uint64 feature keys (ascending),
///                            then F × 13 float16 emission weights (row per feature)
/// </code>
/// A file with another magic, a newer version, a wrong length or a wrong checksum is refused with
/// <see cref="InvalidDataException"/> naming the problem; nothing is decoded from a file that fails these checks.
/// The blocks are laid out so that loading copies them in bulk.
/// </summary>
internal static class ModelFormat
{
    public const ushort Version = 1;
    private const int HeaderLength = 24;
    private const int L = EntityLabels.Count;
    private static ReadOnlySpan<byte> Magic => "NLPTRNER"u8;

    /// <summary>Writes a model's file: the bytes it was read from.</summary>
    public static void Write(EntityModel model, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(model.File.Span);
    }

    /// <summary>Serializes newly trained weights and a lexicon built from entries into a model file.</summary>
    public static byte[] Serialize(Lexicon lexicon, LinearChainWeights first, LinearChainWeights? second, string description)
    {
        var (lexiconText, lexiconFlags) = lexicon.StoredForm
            ?? throw new InvalidOperationException("Only a lexicon built from entries can be written to a new model.");
        using var payload = new MemoryStream();
        using (var zlib = new ZLibStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(zlib, Encoding.UTF8, leaveOpen: true))
        {
            WriteString(writer, description);
            writer.Write(L);
            for (var label = 0; label < L; label++)
            {
                WriteString(writer, EntityLabels.Name(label));
            }

            writer.Write(lexiconFlags.Length);
            WriteString(writer, lexiconText);
            writer.Write(MemoryMarshal.AsBytes(lexiconFlags.AsSpan()));
            writer.Write((byte)(second is null ? 1 : 2));
            WriteStage(first, writer);
            if (second is not null)
            {
                WriteStage(second, writer);
            }
        }

        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var file = new byte[HeaderLength + bytes.Length];
        Magic.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), Version);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(10), 0);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(12), bytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(16), Checksum(bytes));
        bytes.CopyTo(file.AsSpan(HeaderLength));
        return file;
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

        var version = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (version != Version)
        {
            throw new InvalidDataException(version > Version
                ? $"The model file has format version {version}, newer than this library reads ({Version}); update Nlp.Turkish."
                : $"The model file has unknown format version {version}.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[16..]);
        if (length <= 0)
        {
            throw new InvalidDataException($"The model file is corrupt: invalid payload length {length}.");
        }

        // The model keeps its file, which is what Save writes back.
        var file = new byte[HeaderLength + length];
        header.CopyTo(file);
        var payload = file.AsSpan(HeaderLength);
        var read = source.ReadAtLeast(payload, length, throwOnEndOfStream: false);
        if (read < length)
        {
            throw new InvalidDataException($"The model file is truncated: {read} of {length} payload bytes present.");
        }

        if (Checksum(payload) != checksum)
        {
            throw new InvalidDataException("The model file is corrupt: checksum mismatch.");
        }

        byte[] content;
        int contentLength;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(file, HeaderLength, length, writable: false), CompressionMode.Decompress);
            var buffer = new MemoryStream(length * 4);
            zlib.CopyTo(buffer);
            content = buffer.GetBuffer();
            contentLength = (int)buffer.Length;
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The model file is corrupt: {e.Message}", e);
        }

        var reader = new PayloadReader(content.AsSpan(0, contentLength));
        var model = ReadPayload(ref reader, file);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("The model file is corrupt: unexpected data after the last stage.");
        }

        return model;
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

        foreach (var row in order)
        {
            foreach (var weight in weights.EmissionRow(row))
            {
                writer.Write((Half)weight);
            }
        }
    }

    /// <summary>Forbidden transitions are re-derived on load, so they are written as 0.</summary>
    private static void WriteUnconstrained(BinaryWriter writer, ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            writer.Write(v <= ViterbiDecoder.Forbidden ? 0f : v);
        }
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static EntityModel ReadPayload(ref PayloadReader reader, byte[] file)
    {
        var description = reader.String();
        var labelCount = reader.Int32();
        if (labelCount != L)
        {
            throw new InvalidDataException($"The model has {labelCount} labels; this library expects {L}.");
        }

        for (var label = 0; label < labelCount; label++)
        {
            var name = reader.String();
            if (name != EntityLabels.Name(label))
            {
                throw new InvalidDataException($"The model's label {label} is '{name}', expected '{EntityLabels.Name(label)}'.");
            }
        }

        var entryCount = reader.Count(10_000_000);
        var lexiconText = reader.String();
        var flags = reader.Block<ushort>(entryCount);

        // Hashing the lexicon and building the weight tables are independent: overlap them on a second core.
        var lexicon = Task.Run(() => new Lexicon(lexiconText, flags));

        var stages = reader.Byte();
        if (stages is not (1 or 2))
        {
            throw new InvalidDataException($"The model has {stages} stages; expected 1 or 2.");
        }

        var first = ReadStage(ref reader);
        var second = stages == 2 ? ReadStage(ref reader) : null;
        try
        {
            return new EntityModel(lexicon.GetAwaiter().GetResult(), first, second, description, file);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"The model file is corrupt: {e.Message}", e);
        }
    }

    private static StageWeights ReadStage(ref PayloadReader reader)
    {
        var temperature = reader.Single();
        var transitions = reader.Finite(L * L);
        var start = reader.Finite(L);
        var end = reader.Finite(L);
        var count = reader.Count(50_000_000);
        var keys = reader.Block<ulong>(count);
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] <= keys[i - 1])
            {
                throw new InvalidDataException("The model file is corrupt: feature keys are not in ascending order.");
            }
        }

        var emissions = reader.Halves(count * L);
        return new StageWeights(keys, emissions, transitions, start, end, temperature);
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

    /// <summary>Reads the decompressed payload; every read checks the remaining length first.</summary>
    private ref struct PayloadReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public byte Byte() => Take(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public int Count(int max)
        {
            var count = Int32();
            if (count < 0 || count > max)
            {
                throw new InvalidDataException($"The model file is corrupt: count {count} is out of range.");
            }

            return count;
        }

        public string String()
        {
            var length = Count(int.MaxValue);
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Take(length));
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDataException("The model file is corrupt: invalid UTF-8 text.", e);
            }
        }

        public T[] Block<T>(int count)
            where T : unmanaged
        {
            var values = MemoryMarshal.Cast<byte, T>(Take(checked(count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()))).ToArray();
            if (!BitConverter.IsLittleEndian)
            {
                throw new PlatformNotSupportedException("Nlp.Turkish models load on little-endian machines only.");
            }

            return values;
        }

        /// <summary>Reads a block of float16 values straight into single precision.</summary>
        public float[] Halves(int count)
        {
            var halves = MemoryMarshal.Cast<byte, Half>(Take(checked(count * 2)));
            var values = new float[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = (float)halves[i];
            }

            return values;
        }

        public float[] Finite(int count)
        {
            var values = new float[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = Single();
                if (!float.IsFinite(values[i]))
                {
                    throw new InvalidDataException("The model file is corrupt: a weight is not a finite number.");
                }
            }

            return values;
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length < 0 || _data.Length - _position < length)
            {
                throw new InvalidDataException("The model file is corrupt: its payload ends early.");
            }

            var slice = _data.Slice(_position, length);
            _position += length;
            return slice;
        }
    }
}
