namespace Nlp.Turkish.Cli;

/// <summary>The exit codes of <c>nlp-tr</c>, as the README documents them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad arguments or bad input (a missing or malformed file, a model that cannot be loaded): one line on stderr says what.</summary>
    public const int UserError = 1;

    /// <summary>A fault of nlp-tr itself (sysexits' EX_SOFTWARE): the message asks for a report.</summary>
    public const int InternalError = 70;
}
