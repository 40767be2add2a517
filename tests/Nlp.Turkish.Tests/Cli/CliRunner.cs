namespace Nlp.Turkish.Tests.Cli;

/// <summary>Runs the built <c>nlp-tr</c> tool as a real process and captures its output and exit code.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string? stdin, params string[] args) =>
        ProcessRunner.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "nlp-tr.dll"), .. args], stdin);
}
