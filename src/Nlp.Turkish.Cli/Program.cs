using System.Text;
using Nlp.Turkish.Cli;

// nlp-tr: the command-line face of Nlp.Turkish. Each command lives in its own file; this file only dispatches and
// turns failures into one line on stderr with a non-zero exit code.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    var command = args.Length == 0 ? "help" : args[0];
    var rest = args.Skip(1).ToArray();
    var code = command switch
    {
        "tokenize" => TokenizeCommand.Run(rest, stdout, writer),
        "tag" => TagCommand.Run(rest, stdout, writer),
        "eval" => EvalCommand.Run(rest, writer),
        "train" => TrainCommand.Run(rest, writer),
        "bench" => BenchCommand.Run(rest, writer),
        "help" or "--help" or "-h" => Help(writer),
        _ => throw new CliException($"unknown command '{command}' (try: nlp-tr help)"),
    };
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

static int Help(TextWriter output)
{
    output.WriteLine("nlp-tr: Turkish news tokenizer and named-entity tagger");
    output.WriteLine();
    output.WriteLine("usage:");
    output.WriteLine($"  {TokenizeCommand.Usage}");
    output.WriteLine($"  {TagCommand.Usage}");
    output.WriteLine($"  {EvalCommand.Usage}");
    output.WriteLine($"  {TrainCommand.Usage}");
    output.WriteLine($"  {BenchCommand.Usage}");
    return 0;
}
