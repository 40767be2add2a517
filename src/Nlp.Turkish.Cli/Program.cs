using System.Text;
using Nlp.Turkish.Cli;

// nlp-tr: the command-line face of Nlp.Turkish. Each command lives in its own file and CommandLine.cs parses; this file
// only turns failures into one line on stderr with a non-zero exit code.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    var code = CommandLine.Run(args, stdout, writer);
    writer.Flush();
    stdout.Flush();
    return code;
}
catch (CliException e)
{
    Console.Error.WriteLine($"nlp-tr: {e.Message}");
    return e.ExitCode;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
{
    Console.Error.WriteLine($"nlp-tr: {e.Message}");
    return ExitCodes.UserError;
}
#pragma warning disable CA1031 // The CLI's contract is one line on stderr, never a stack trace.
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"nlp-tr: internal error: {e.GetType().Name}: {e.Message} (this is a fault of nlp-tr: please report it with the command line and its input)");
    return ExitCodes.InternalError;
}
