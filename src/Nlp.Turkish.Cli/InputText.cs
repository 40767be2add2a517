using System.Text;

namespace Nlp.Turkish.Cli;

/// <summary>
/// Reads a whole input as text: strict UTF-8 (invalid bytes are an error, never replaced), a leading BOM dropped,
/// so that offsets printed by the commands index the returned string.
/// </summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads a whole text input: a file, or standard input for <c>-</c> or no name at all (refused when it is a terminal
    /// and no name was given, so that a bare command does not sit waiting for typing).
    /// </summary>
    public static string Read(string? path)
    {
        byte[] bytes;
        if (path is null or "-")
        {
            RequirePipedInput(path);
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else
        {
            bytes = ReadFile(path);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{Describe(path)} is not valid UTF-8 text");
        }
    }

    /// <summary>Returns <paramref name="path"/> if it names an existing file; otherwise a one-line error naming what it is.</summary>
    public static string RequireFile(string path, string what = "file")
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"'{path}' is a directory, not a {what}");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{what} not found: '{path}'");
        }

        return path;
    }

    public static byte[] ReadFile(string path)
    {
        RequireFile(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>
    /// Checks that a whole file is valid UTF-8 without holding it in memory, so that a command that streams its output
    /// can refuse a bad file before it writes anything.
    /// </summary>
    public static void RequireUtf8(string path)
    {
        // GetChars, not GetCharCount: only decoding carries a sequence split between two reads over to the next.
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        try
        {
            using var file = File.OpenRead(RequireFile(path));
            int read;
            while ((read = file.Read(buffer)) > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{Describe(path)} is not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>
    /// Opens a text input for line-by-line reading with strict UTF-8 decoding: a file, or standard input for <c>-</c> or
    /// no name (refused, when no name was given, if it is a terminal).
    /// Also returns the name messages use for it.
    /// </summary>
    public static (StreamReader Reader, string Name) OpenLines(string? path)
    {
        if (path is null or "-")
        {
            RequirePipedInput(path);
            return (new StreamReader(Console.OpenStandardInput(), StrictUtf8, detectEncodingFromByteOrderMarks: true), "standard input");
        }

        return (OpenReader(path), path);
    }

    /// <summary>Opens a text file for line-by-line reading with strict UTF-8 decoding.</summary>
    private static void RequirePipedInput(string? path)
    {
        if (path is null && !Console.IsInputRedirected)
        {
            throw new CliException("no input: name a FILE or pipe text in ('-' reads what is typed, up to Ctrl-D)");
        }
    }

    public static StreamReader OpenReader(string path)
    {
        RequireFile(path);
        try
        {
            return new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {e.Message}");
        }
    }

    private static string Describe(string? path) => path is null or "-" ? "standard input" : $"'{path}'";
}
