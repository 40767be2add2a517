namespace Nlp.Turkish.Tests;

/// <summary>A file in the temporary folder with the given content, deleted when disposed.</summary>
internal sealed class TemporaryFile : IDisposable
{
    public TemporaryFile(string content, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nlp-tr-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public TemporaryFile(byte[] content, string extension)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nlp-tr-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
