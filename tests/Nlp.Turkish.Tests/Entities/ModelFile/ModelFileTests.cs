namespace Nlp.Turkish.Tests.Entities;

[SkipInMutationRun]
public class ModelFileTests
{
    private static byte[] DefaultModelBytes()
    {
        using var stream = new MemoryStream();
        EntityRecognizer.Default.Save(stream);
        return stream.ToArray();
    }

    [Test]
    public void SaveAndLoad_RoundTripsTheModelExactly()
    {
        var bytes = DefaultModelBytes();
        var loaded = EntityRecognizer.Load(new MemoryStream(bytes));
        using var again = new MemoryStream();
        loaded.Save(again);
        Assert.That(again.ToArray(), Is.EqualTo(bytes));

        var text = TestData.SeedArticle;
        Assert.That(loaded.Analyze(text).Entities, Is.EqualTo(EntityRecognizer.Default.Analyze(text).Entities));
    }

    [Test]
    public void Load_EmptyStream_IsRefused()
    {
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream()));
        Assert.That(e!.Message, Does.Contain("empty"));
    }

    [Test]
    public void Load_ForeignFile_IsRefused()
    {
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream("GIF89a this is a picture, not a model"u8.ToArray())));
        Assert.That(e!.Message, Does.Contain("Not an Nlp.Turkish entity model"));
    }

    [Test]
    public void Load_ZipArchive_SaysToUnzipIt()
    {
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream("PK\u0003\u0004 this is a zip file, not a model"u8.ToArray())));
        Assert.That(e!.Message, Does.StartWith("This is a zip archive, not a model: unzip it"));
    }

    [TestCase(10)]
    [TestCase(24)]
    [TestCase(5000)]
    public void Load_TruncatedFile_IsRefused(int length)
    {
        var bytes = DefaultModelBytes()[..length];
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("truncated"));
    }

    [Test]
    public void Load_CorruptedPayload_FailsTheChecksum()
    {
        var bytes = DefaultModelBytes();
        bytes[bytes.Length / 2] ^= 0x40;
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("checksum"));
    }

    [Test]
    public void Load_NewerFormatVersion_IsRefusedByName()
    {
        var bytes = DefaultModelBytes();
        bytes[8] = 99;
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("version 99").And.Contain("newer"));
    }

    [Test]
    public void Load_OlderFormatVersion_IsRefusedByName()
    {
        var bytes = DefaultModelBytes();
        bytes[8] = 1;
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("version 1").And.Contain("older"));
    }

    /// <summary>
    /// The default model's bytes with the last weight row's last padding lane (its last two bytes, a half-precision
    /// number) set to <paramref name="halfBits"/>, and the payload re-signed.
    /// </summary>
    private static byte[] WithLastPaddingLane(ushort halfBits)
    {
        var bytes = DefaultModelBytes();
        BitConverter.GetBytes(halfBits).CopyTo(bytes, bytes.Length - 2);
        BitConverter.GetBytes(Nlp.Turkish.Entities.ModelFormat.Checksum(bytes.AsSpan(24))).CopyTo(bytes, 16);
        return bytes;
    }

    [TestCase((ushort)0x7E00, TestName = "Load_NaNWeightUnderAValidChecksum_IsRefused")]
    [TestCase((ushort)0xFC00, TestName = "Load_InfiniteWeightUnderAValidChecksum_IsRefused")]
    [TestCase((ushort)0x0001, TestName = "Load_SubnormalWeightUnderAValidChecksum_IsRefused")]
    public void Load_WeightOutsideTheTablesRange_IsRefused(ushort halfBits)
    {
        // A value no trained table holds, under a valid checksum, so that only the decoded-content checks can catch it.
        var bytes = WithLastPaddingLane(halfBits);
        var e = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("corrupt").And.Contain("finite"));
    }

    [Test]
    public void Load_LargestNormalWeightsUnderAValidChecksum_AreRead()
    {
        // The padding lane is never summed into a score, so the model loads and tags as before.
        var loaded = EntityRecognizer.Load(new MemoryStream(WithLastPaddingLane(0x7BFF)));
        Assert.That(loaded.Analyze(TestData.SeedArticle).Entities, Is.EqualTo(EntityRecognizer.Default.Analyze(TestData.SeedArticle).Entities));
    }

    [Test]
    public void Checksum_DetectsEveryOneByteChangeOfASmallPayload()
    {
        var payload = new byte[67];
        new Random(5).NextBytes(payload);
        var original = Nlp.Turkish.Entities.ModelFormat.Checksum(payload);
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] ^= 0x01;
            Assert.That(Nlp.Turkish.Entities.ModelFormat.Checksum(payload), Is.Not.EqualTo(original), $"byte {i}");
            payload[i] ^= 0x01;
        }

        Assert.That(Nlp.Turkish.Entities.ModelFormat.Checksum(payload.AsSpan(0, 66)), Is.Not.EqualTo(original), "a shorter payload");
    }

    [Test]
    public void Load_MissingFile_Throws() =>
        Assert.Throws<FileNotFoundException>(() => EntityRecognizer.Load(Path.Combine(Path.GetTempPath(), "no-such-model.bin")));
}
