using System.CommandLine;
using System.CommandLine.Parsing;

namespace Nlp.Turkish.Cli;

/// <summary>
/// The command line of <c>nlp-tr</c> on System.CommandLine: the commands and their options with what each one means
/// (<c>--help</c>/<c>-h</c> on every command), <c>--version</c>, <c>--name=value</c> and short aliases; an unknown
/// option or command is an error with the nearest known name suggested, and no arguments at all print the usage with
/// exit code 1.
/// </summary>
internal static class CommandLine
{
    /// <summary>What <c>nlp-tr --help</c> says under the command list: the exit codes.</summary>
    private const string Description =
        "nlp-tr: Turkish news tokenizer and named-entity tagger (PERSON, LOCATION, ORGANIZATION).\n\n" +
        "Exit codes: 0 success; 1 bad arguments or bad input (one line on stderr says what); 70 a fault of nlp-tr itself.";

    /// <summary>Parses and runs a command line; returns the exit code.</summary>
    public static int Run(string[] args, Stream stdout, TextWriter output)
    {
        var root = Create(stdout, output);
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
            return ExitCodes.UserError;
        }

        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (Error(parse) is { } error)
        {
            var command = parse.CommandResult.Command;
            var help = command is RootCommand ? "nlp-tr --help" : $"nlp-tr {command.Name} --help";
            throw new CliException($"{error} (see {help})");
        }

        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Create(Stream stdout, TextWriter output)
    {
        var root = new RootCommand(Description)
        {
            TokenizeCommand.Create(stdout, output),
            TagCommand.Create(stdout, output),
            EvalCommand.Create(output),
            TrainCommand.Create(output),
            BenchCommand.Create(output),
        };
        root.Options.OfType<VersionOption>().Single().Aliases.Add("-v");
        var topic = new Argument<string?>("COMMAND") { Description = "The command to explain.", Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", "Explain nlp-tr or one of its commands (the same as --help).") { topic };
        help.SetAction(parse =>
        {
            string[] request = parse.GetValue(topic) is { } name ? [name, "--help"] : ["--help"];
            return root.Parse(request).Invoke();
        });
        root.Subcommands.Add(help);
        return root;
    }

    /// <summary>A value option: <c>--name</c> (and short aliases) taking one value shown in help as <paramref name="value"/>.</summary>
    public static Option<string> Value(string name, string value, string description, params string[] aliases) =>
        new("--" + name, aliases) { Description = description, HelpName = value };

    /// <summary>A value option that may be given more than once, each time with one value.</summary>
    public static Option<string[]> Repeated(string name, string value, string description, params string[] aliases) =>
        new("--" + name, aliases) { Description = description, HelpName = value, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    /// <summary>A flag: <c>--name</c> alone turns it on.</summary>
    public static Option<bool> Flag(string name, string description, params string[] aliases) =>
        new("--" + name, aliases) { Description = description };

    /// <summary>The optional input file argument; a value that looks like an option is refused as one.</summary>
    public static Argument<string?> Input(string name, string description)
    {
        var argument = new Argument<string?>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (LooksLikeOption(token.Value))
                {
                    result.AddError(UnknownOption(token.Value, ((CommandResult)result.Parent!).Command));
                }
            }
        });
        return argument;
    }

    /// <summary>Defines a command: its options, optional inputs, and what it runs.</summary>
    public static Command Define(string name, string description, Func<Arguments, int> run, Argument? inputs, params Option[] options)
    {
        var command = new Command(name, description);
        if (inputs is not null)
        {
            command.Arguments.Add(inputs);
        }

        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => run(new Arguments(parse)));
        return command;
    }

    /// <summary>The first thing wrong with a parse, worded for the user, or null.</summary>
    private static string? Error(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (parse.UnmatchedTokens.FirstOrDefault(LooksLikeOption) is { } option)
        {
            return UnknownOption(option, command);
        }

        if (parse.Errors.FirstOrDefault(e => e.Message.StartsWith(UnknownOptionPrefix, StringComparison.Ordinal)) is { } unknown)
        {
            return unknown.Message;
        }

        foreach (var token in parse.UnmatchedTokens)
        {

            if (command is RootCommand)
            {
                var near = Nearest(token, command.Subcommands.Select(c => c.Name));
                return $"unknown command '{token}'" + (near is null ? "" : $"; did you mean '{near}'?");
            }

            return $"unexpected argument '{token}'";
        }

        return parse.Errors.Count > 0 ? Lower(parse.Errors[0].Message.TrimEnd('.')) : null;
    }

    private static string Lower(string message) => message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;

    private const string UnknownOptionPrefix = "unknown option ";

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]);

    private static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', ':')[0];
        var near = Nearest(name, command.Options.SelectMany(o => o.Aliases.Append(o.Name)));
        return $"{UnknownOptionPrefix}'{name}' for '{command.Name}'" + (near is null ? "" : $"; did you mean '{near}'?");
    }

    /// <summary>The known name closest to a mistyped one (a prefix of it, or at most a third of its letters off), or null.</summary>
    internal static string? Nearest(string typed, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known.Distinct(StringComparer.Ordinal))
        {
            var distance = typed.Length >= 4 && name.StartsWith(typed, StringComparison.Ordinal) ? 0 : Distance(typed, name);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return bestDistance <= Math.Max(1, typed.TrimStart('-').Length / 3) ? best : null;
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
