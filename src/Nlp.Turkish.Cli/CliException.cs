namespace Nlp.Turkish.Cli;

/// <summary>A user-facing error: printed as one line on stderr, with a non-zero exit code and no stack trace.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.UserError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
