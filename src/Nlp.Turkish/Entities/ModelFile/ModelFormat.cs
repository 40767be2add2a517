using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The entity model file format, version 4 (docs/model-format.md). All numbers little-endian; a string is an int32 byte length and UTF-8
/// bytes. The payload is stored as the tagger uses it (hash tables as their slot arrays, weight rows in their padded
/// layout), so a loaded model reads its tables in place: loading hashes nothing, copies nothing large, and the embedded
/// model is read straight from the assembly image.
/// <code>
/// offset  size  field
/// 0       8     magic "NLPTRNER"
/// 8       2     format version (4)
/// 10      2     reserved, 0
/// 12      4     payload length in bytes
/// 16      8     checksum of the payload (<see cref="Checksum"/>)
/// 24      ...   payload; each item below starts at a multiple of 8 bytes from the payload's start (zero padding):
///                 string   description
///                 int32    label count (13), then each label name as a string (O, B-PERSON, ...)
///                 int32    stage count (1 or 2); per stage:
///                            float32 calibration temperature
///                            float32 transitions [13 × 13], start [13], end [13] (forbidden steps written as 0)
///                 4 flag tables (<see cref="FlagTable"/>): lexicon words, phrases, phrase first words, word clusters; each
///                            int32 slot count S (a power of two), then S × uint64 slots (48-bit hash | 16 flag bits)
///                 int32    alias count A, then A pairs of strings in ordinal order of the first: short form as
///                            written, full name (<c>AA</c>, <c>Anadolu Ajansı</c>)
///                 int32    weight row count R, int32 slot count S
///                 S × uint64  feature table slots (<see cref="FeatureTable"/>: 40-bit key | 24-bit row)
///                 R × 32 float16  weight rows (<see cref="EmissionTable"/>): stage one's 13, 3 zeros, stage two's
///                                 13 (zeros for a one-stage model), 3 zeros; IEEE half precision, normal or zero
/// </code>
/// A file with another magic, another version, a wrong length or a wrong checksum is refused with
/// <see cref="InvalidDataException"/> naming the problem; nothing is decoded from a file that fails these checks, and
/// what is decoded is checked again (table sizes, row indexes, finite weights).
/// </summary>
internal static unsafe class ModelFormat
{
    public const ushort Version = 4;
    private const int HeaderLength = 24;
    private const int MaxTableSlots = 1 << 28;
    private const int MaxAliases = 1 << 20;
    private static ReadOnlySpan<byte> Magic => "NLPTRNER"u8;

    /// <summary>Writes a model in this format: the bytes of the file it was read from.</summary>
    public static void Write(EntityModel model, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(model.File.Bytes);
    }

    /// <summary>Reads a model from a stream into memory of its own.</summary>
    public static EntityModel Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Span<byte> header = stackalloc byte[HeaderLength];
        var headerRead = source.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        var length = CheckHeader(header[..headerRead], out _);
        var memory = ModelMemory.Allocate<byte>(HeaderLength + length);
        var file = memory.Bytes;
        header.CopyTo(file);
        var read = source.ReadAtLeast(file[HeaderLength..], length, throwOnEndOfStream: false);
        if (read < length)
        {
            throw new InvalidDataException($"The model file is truncated: {read} of {length} payload bytes present.");
        }

        return Read(memory);
    }

    /// <summary>Reads the model embedded in the assembly in place: its stream's memory is part of the loaded assembly image.</summary>
    public static EntityModel ReadEmbedded(UnmanagedMemoryStream resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var start = resource.PositionPointer;
        var available = resource.Length - resource.Position;
        var length = CheckHeader(new ReadOnlySpan<byte>(start, (int)Math.Min(available, HeaderLength)), out _);
        return Read(ModelMemory.Static(start, Math.Min(available, HeaderLength + (long)length)));
    }

    /// <summary>Reads a model whose file is <paramref name="memory"/>; the model reads its tables there.</summary>
    private static EntityModel Read(ModelMemory memory)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Nlp.Turkish models load on little-endian machines only.");
        }

        var available = (int)Math.Min(memory.Length, int.MaxValue);
        var file = new ReadOnlySpan<byte>(memory.Start, available);
        var length = CheckHeader(file[..Math.Min(available, HeaderLength)], out var checksum);
        if (available - HeaderLength < length)
        {
            throw new InvalidDataException($"The model file is truncated: {available - HeaderLength} of {length} payload bytes present.");
        }

        var payload = file.Slice(HeaderLength, length);
        if (Checksum(payload) != checksum)
        {
            throw new InvalidDataException("The model file is corrupt: checksum mismatch.");
        }

        var reader = new PayloadReader(payload);
        try
        {
            var model = ReadPayload(ref reader, memory, memory.Start + HeaderLength);
            if (!reader.AtEnd)
            {
                throw new InvalidDataException("unexpected data after the weight rows.");
            }

            return model;
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith("The model", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The model file is corrupt: {e.Message}", e);
        }
    }

    /// <summary>
    /// The payload checksum: four lanes of FNV-1a over little-endian 64-bit words (lane <c>k</c> takes words
    /// <c>k, k + 4, ...</c>), the remaining bytes into lane 0, then the lanes and the length mixed. Any change confined
    /// to one lane always changes it, and it runs at memory speed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        const ulong Prime = 0x100000001B3UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        ulong h0 = 0xCBF29CE484222325UL, h1 = h0 ^ 1, h2 = h0 ^ 2, h3 = h0 ^ 3;
        var i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            h0 = (h0 ^ words[i]) * Prime;
            h1 = (h1 ^ words[i + 1]) * Prime;
            h2 = (h2 ^ words[i + 2]) * Prime;
            h3 = (h3 ^ words[i + 3]) * Prime;
        }

        foreach (var b in bytes[(i * sizeof(ulong))..])
        {
            h0 = (h0 ^ b) * Prime;
        }

        return FeatureHash.Finish(h0) ^ BitOperations.RotateLeft(FeatureHash.Finish(h1), 16)
            ^ BitOperations.RotateLeft(FeatureHash.Finish(h2), 32) ^ BitOperations.RotateLeft(FeatureHash.Finish(h3), 48)
            ^ FeatureHash.Finish((ulong)bytes.Length);
    }

    /// <summary>Checks the magic and version and returns the payload length.</summary>
    private static int CheckHeader(ReadOnlySpan<byte> header, out ulong checksum)
    {
        if (header.Length < Magic.Length || !header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException(header.Length == 0 ? "The model file is empty."
                : header.StartsWith("PK\u0003\u0004"u8) ? "This is a zip archive, not a model: unzip it and load the .model file inside (unzip models/ner-tr.model.zip)."
                : "Not an Nlp.Turkish entity model: the file does not start with the NLPTRNER magic.");
        }

        if (header.Length < HeaderLength)
        {
            throw new InvalidDataException("The model file is truncated: its header is incomplete.");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
        if (version != Version)
        {
            throw new InvalidDataException(version > Version
                ? $"The model file has format version {version}, newer than this library reads ({Version}); update Nlp.Turkish."
                : $"The model file has format version {version}, older than this library reads ({Version}); retrain it with nlp-tr train.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (length <= 0)
        {
            throw new InvalidDataException($"The model file is corrupt: invalid payload length {length}.");
        }

        checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[16..]);
        return length;
    }

    /// <summary>Serializes a newly trained model's parts into a model file.</summary>
    public static byte[] Serialize(string description, Lexicon lexicon, ChainTransitions first, ChainTransitions? second, EmissionTable emissions)
    {
        var writer = new PayloadWriter();
        writer.String(description);
        writer.Int32(EntityLabels.Count);
        for (var label = 0; label < EntityLabels.Count; label++)
        {
            writer.String(EntityLabels.Name(label));
        }

        writer.Int32(second is null ? 1 : 2);
        WriteStage(ref writer, first);
        if (second is not null)
        {
            WriteStage(ref writer, second);
        }

        foreach (var table in (ReadOnlySpan<FlagTable>)[lexicon.Words, lexicon.Phrases, lexicon.PhraseStarts, lexicon.Clusters])
        {
            writer.Int32(table.Slots.Length);
            writer.Block(table.Slots);
        }

        writer.Int32(lexicon.Aliases.Count);
        foreach (var (shortForm, fullName) in lexicon.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            writer.String(shortForm);
            writer.String(fullName);
        }

        writer.Int32(emissions.Table.RowCount);
        writer.Int32(emissions.Table.Slots.Length);
        writer.Block(emissions.Table.Slots);
        writer.Block(emissions.Rows);
        var payload = writer.ToArray();
        var file = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(file);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(8), Version);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(10), 0);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(12), payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(16), Checksum(payload));
        payload.CopyTo(file.AsSpan(HeaderLength));
        return file;
    }

    /// <summary>Writes a stage's calibration and transitions; forbidden transitions are re-derived on load, so they are written as 0.</summary>
    private static void WriteStage(ref PayloadWriter writer, ChainTransitions weights)
    {
        writer.Single(weights.Temperature);
        WriteUnconstrained(ref writer, weights.Transitions);
        WriteUnconstrained(ref writer, weights.Start);
        WriteUnconstrained(ref writer, weights.End);
    }

    private static void WriteUnconstrained(ref PayloadWriter writer, ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            writer.Single(BilouConstraints.IsForbidden(v) ? 0f : v);
        }
    }

    /// <summary>Reads the payload at <paramref name="payload"/>; the tables and rows stay there, in <paramref name="memory"/>.</summary>
    private static EntityModel ReadPayload(ref PayloadReader reader, ModelMemory memory, byte* payload)
    {
        var description = reader.String();
        var labelCount = reader.Int32();
        if (labelCount != EntityLabels.Count)
        {
            throw new InvalidDataException($"The model has {labelCount} labels; this library expects {EntityLabels.Count}.");
        }

        for (var label = 0; label < labelCount; label++)
        {
            var name = reader.String();
            if (name != EntityLabels.Name(label))
            {
                throw new InvalidDataException($"The model's label {label} is '{name}', expected '{EntityLabels.Name(label)}'.");
            }
        }

        var stages = reader.Int32();
        if (stages is not (1 or 2))
        {
            throw new InvalidDataException($"The model has {stages} stages; expected 1 or 2.");
        }

        var first = ReadStage(ref reader);
        var second = stages == 2 ? ReadStage(ref reader) : null;
        var tables = new FlagTable[4];
        for (var t = 0; t < tables.Length; t++)
        {
            var slotCount = reader.Count(MaxTableSlots);
            tables[t] = new FlagTable(memory, (ulong*)(payload + reader.Skip<ulong>(slotCount)), slotCount);
        }

        var aliasCount = reader.Count(MaxAliases);
        var aliases = new Dictionary<string, string>(aliasCount, StringComparer.Ordinal);
        for (var a = 0; a < aliasCount; a++)
        {
            var shortForm = reader.String();
            if (!aliases.TryAdd(shortForm, reader.String()))
            {
                throw new InvalidDataException($"the alias '{shortForm}' appears twice.");
            }
        }

        var rowCount = reader.Count(FeatureTable.MaxRows);
        var featureSlots = reader.Count(MaxTableSlots);
        var table = new FeatureTable(memory, (ulong*)(payload + reader.Skip<ulong>(featureSlots)), featureSlots, rowCount);
        var rows = (ushort*)(payload + reader.Skip<ushort>(rowCount * EmissionTable.Stride));
        var emissions = new EmissionTable(table, memory, rows);
        return new EntityModel(new Lexicon(tables[0], tables[1], tables[2], tables[3], aliases), first, second, emissions, description, memory);
    }

    private static ChainTransitions ReadStage(ref PayloadReader reader)
    {
        var temperature = reader.Single();
        var transitions = reader.Finite(EntityLabels.Count * EntityLabels.Count);
        var start = reader.Finite(EntityLabels.Count);
        var end = reader.Finite(EntityLabels.Count);
        return new ChainTransitions(transitions, start, end, temperature);
    }

    /// <summary>Builds a payload; every item starts at a multiple of 8 bytes.</summary>
    private readonly struct PayloadWriter()
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);

        public void Int32(int value)
        {
            Align();
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
            _buffer.Advance(4);
        }

        public void Single(float value)
        {
            BinaryPrimitives.WriteSingleLittleEndian(_buffer.GetSpan(4), value);
            _buffer.Advance(4);
        }

        public void String(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            Int32(bytes.Length);
            _buffer.Write(bytes);
        }

        public void Block<T>(ReadOnlySpan<T> values)
            where T : unmanaged
        {
            Align();
            _buffer.Write(MemoryMarshal.AsBytes(values));
        }

        public byte[] ToArray()
        {
            Align();
            return _buffer.WrittenSpan.ToArray();
        }

        private void Align()
        {
            var padding = (8 - (_buffer.WrittenCount % 8)) % 8;
            _buffer.GetSpan(padding)[..padding].Clear();
            _buffer.Advance(padding);
        }
    }

    /// <summary>Reads a payload; every read checks the remaining length first.</summary>
    private ref struct PayloadReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public int Int32()
        {
            Align();
            return BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        }

        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public int Count(int max)
        {
            var count = Int32();
            if (count < 0 || count > max)
            {
                throw new InvalidDataException($"count {count} is out of range.");
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
                throw new InvalidDataException("invalid UTF-8 text.", e);
            }
        }

        /// <summary>Passes over a block of <paramref name="count"/> values and returns its offset in the payload.</summary>
        public int Skip<T>(int count)
            where T : unmanaged
        {
            Align();
            var offset = _position;
            Take(checked(count * sizeof(T)));
            return offset;
        }

        public float[] Finite(int count)
        {
            var values = new float[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = Single();
                if (!float.IsFinite(values[i]))
                {
                    throw new InvalidDataException("a weight is not a finite number.");
                }
            }

            return values;
        }

        private void Align()
        {
            var padding = (8 - (_position % 8)) % 8;
            if (_data.Length - _position >= padding)
            {
                _position += padding;
            }
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length < 0 || _data.Length - _position < length)
            {
                throw new InvalidDataException("its payload ends early.");
            }

            var slice = _data.Slice(_position, length);
            _position += length;
            return slice;
        }
    }
}
