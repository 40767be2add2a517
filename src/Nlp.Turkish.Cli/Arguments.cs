using System.CommandLine;
using System.Globalization;

namespace Nlp.Turkish.Cli;

/// <summary>
/// What one command was given, read from System.CommandLine's parse of it by option name: the commands keep their own
/// checks of values and combinations (with messages that name the option), System.CommandLine does the syntax, help,
/// and unknown-option errors.
/// </summary>
internal sealed class Arguments(ParseResult parse)
{
    private Command Command => parse.CommandResult.Command;

    /// <summary>The positional values (input files), or none.</summary>
    public IReadOnlyList<string> Positionals =>
        Command.Arguments.Count == 0 ? [] : parse.GetResult(Command.Arguments[0])?.Tokens.Select(t => t.Value).ToArray() ?? [];

    /// <summary>The value of <c>--name</c> (the last one, if given more than once), or null.</summary>
    public string? Get(string name) => GetAll(name) is { Count: > 0 } values ? values[^1] : null;

    /// <summary>Every value given to <c>--name</c>, in order.</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        parse.GetResult(Option(name)) is { Implicit: false } result ? result.Tokens.Select(t => t.Value).ToArray() : [];

    /// <summary>Whether <c>--name</c> was given (a flag: and not set to false).</summary>
    public bool Has(string name)
    {
        var option = Option(name);
        return option is Option<bool> flag ? parse.GetValue(flag) : parse.GetResult(option) is { Implicit: false };
    }

    public string Require(string name) => Get(name) ?? throw new CliException($"option --{name} is required");

    public int GetInt(string name, int defaultValue, int min, int max)
    {
        var value = Get(name);
        if (value is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new CliException($"option --{name} takes a whole number from {min} to {max}, not '{value}'");
        }

        return n;
    }

    /// <summary>The single optional input argument: a file path, <c>-</c> for standard input, or nothing (standard input).</summary>
    public string? SingleInput()
    {
        var positionals = Positionals;
        if (positionals.Count > 1)
        {
            throw new CliException($"expected at most one input file, got {positionals.Count}");
        }

        return positionals.Count == 0 ? null : positionals[0];
    }

    private Option Option(string name) =>
        Command.Options.FirstOrDefault(o => o.Name == "--" + name)
        ?? throw new InvalidOperationException($"the command '{Command.Name}' declares no option --{name}");
}
