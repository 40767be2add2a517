namespace Nlp.Turkish.Cli;

/// <summary>
/// The arguments of one command: positional values and <c>--name value</c> options (repeatable), checked against the
/// options the command accepts so that a typo is an error, not a silently ignored flag.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    public Arguments(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                if (flags.Contains(name))
                {
                    Add(name, "true");
                }
                else if (valueOptions.Contains(name))
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new CliException($"option --{name} needs a value");
                    }

                    Add(name, args[++i]);
                }
                else
                {
                    throw new CliException($"unknown option --{name}");
                }
            }
            else
            {
                _positionals.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public string? Get(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string Require(string name) => Get(name) ?? throw new CliException($"option --{name} is required");

    public int GetInt(string name, int defaultValue, int min, int max)
    {
        var value = Get(name);
        if (value is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new CliException($"option --{name} takes a whole number from {min} to {max}, not '{value}'");
        }

        return n;
    }

    /// <summary>The single optional input argument: a file path, <c>-</c> for standard input, or nothing (standard input).</summary>
    public string? SingleInput()
    {
        if (_positionals.Count > 1)
        {
            throw new CliException($"expected at most one input file, got {_positionals.Count}");
        }

        return _positionals.Count == 0 ? null : _positionals[0];
    }

    private void Add(string name, string value)
    {
        if (!_options.TryGetValue(name, out var values))
        {
            _options[name] = values = [];
        }

        values.Add(value);
    }
}
