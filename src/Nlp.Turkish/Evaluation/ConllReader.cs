using System.Text;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Reads CoNLL text, the one reader behind training, evaluation and <c>nlp-tr tag --conll</c>: one token a line, the
/// token in the first column and, in labelled input, the IOB2 tag in the last; columns split by tabs when the line has
/// one, else by spaces; a blank line between sentences; <c>-DOCSTART-</c> lines skipped. The format and every rule
/// below are written down in <c>docs/formats.md</c>.
/// </summary>
/// <remarks>
/// A malformed line is an <see cref="InvalidDataException"/> whose message starts with <c>name:line:</c>: a line that
/// starts with white space (its token column is empty), a C0 control character other than tab (a binary file), and in labelled input a
/// missing tag column, a column count that differs from the first line's, or a tag other than <c>O</c>, <c>B-T</c> and
/// <c>I-T</c> with T one of PERSON, LOCATION, ORGANIZATION (or PER, LOC, ORG). Two readings are lenient because
/// conlleval's are, and each is warned about once per input: white space after the last column is ignored, and an
/// <c>I-T</c> that does not continue an entity of type T starts one.
/// </remarks>
internal static class ConllReader
{
    /// <summary>The longest part of a bad line quoted in an error message.</summary>
    private const int MaxQuoted = 60;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file (strict UTF-8, a BOM dropped).</summary>
    /// <exception cref="InvalidDataException">The file is not valid UTF-8, is malformed, or (labelled) holds no sentence.</exception>
    public static List<ConllSentence> Read(string path, bool requireTags, Action<string>? warn = null)
    {
        using var reader = OpenFile(path);
        return Read(reader, requireTags, path, warn);
    }

    /// <summary>Opens a file for <see cref="Sentences"/> with strict UTF-8 decoding.</summary>
    public static StreamReader OpenFile(string path) => new(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);

    /// <summary>Reads all sentences of an input.</summary>
    /// <exception cref="InvalidDataException">The input is malformed, or (labelled) holds no sentence.</exception>
    public static List<ConllSentence> Read(TextReader reader, bool requireTags, string name, Action<string>? warn = null)
    {
        List<ConllSentence> sentences = [.. Sentences(reader, requireTags, name, warn)];
        if (requireTags && sentences.Count == 0)
        {
            throw new InvalidDataException($"{name}: no sentences (an empty file, or only blank lines)");
        }

        return sentences;
    }

    /// <summary>The sentences of a CoNLL input, read as they are asked for.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="requireTags">Whether every line must end with a valid IOB2 tag.</param>
    /// <param name="name">The input's name in messages (a path, or <c>standard input</c>).</param>
    /// <param name="warn">Receives each lenient reading's warning once, or null.</param>
    /// <exception cref="InvalidDataException">A line is malformed, or the input is not valid UTF-8.</exception>
    public static IEnumerable<ConllSentence> Sentences(TextReader reader, bool requireTags, string name, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var state = new State(name, requireTags, warn);
        var words = new List<string>();
        var lines = new List<string>();
        var tags = new List<string>();
        while (ReadLine(reader, state) is { } line)
        {
            state.LineNumber++;
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                if (words.Count > 0)
                {
                    yield return Sentence(words, lines, tags, requireTags);
                }

                state.Previous = null;
                continue;
            }

            var (word, tag) = Parse(line, state);
            words.Add(word);
            lines.Add(line);
            if (tag is not null)
            {
                tags.Add(tag);
            }
        }

        if (words.Count > 0)
        {
            yield return Sentence(words, lines, tags, requireTags);
        }
    }

    /// <summary>
    /// Checked CoNLL sentences from tagged sentences in memory, with the checks of a file (<see cref="ArgumentException"/>
    /// naming the sentence and the parameter).
    /// </summary>
    public static List<ConllSentence> FromTagged(IEnumerable<TaggedSentence> sentences, string parameter)
    {
        var result = new List<ConllSentence>();
        foreach (var sentence in sentences)
        {
            var name = $"{parameter} sentence {result.Count + 1}";
            if (sentence is null || sentence.Words is null || sentence.Tags is null)
            {
                throw new ArgumentException($"{name} is null or lacks its words or tags.", parameter);
            }

            if (sentence.Words.Count == 0 || sentence.Words.Count != sentence.Tags.Count)
            {
                throw new ArgumentException($"{name} has {sentence.Words.Count} words and {sentence.Tags.Count} tags; it needs at least one word and a tag for each.", parameter);
            }

            if (sentence.Words.FirstOrDefault(w => string.IsNullOrEmpty(w) || w.Any(char.IsWhiteSpace)) is { } bad)
            {
                throw new ArgumentException($"{name} has an empty word or one that holds white space: '{bad}'.", parameter);
            }

            // Each word is checked as the line "word<tab>tag" of a file named after the sentence would be.
            var state = new State(name, requireTags: true, warn: null);
            var lines = new string[sentence.Words.Count];
            try
            {
                for (var i = 0; i < lines.Length; i++)
                {
                    state.LineNumber = i + 1;
                    var tag = sentence.Tags[i] ?? throw state.Error("the tag is null");
                    lines[i] = $"{sentence.Words[i]}\t{tag}";
                    CheckCharacters(lines[i], state);
                    CheckTag(tag, lines[i], state);
                }
            }
            catch (InvalidDataException e)
            {
                throw new ArgumentException(e.Message, parameter, e);
            }

            result.Add(new ConllSentence([.. sentence.Words], lines, [.. sentence.Tags]));
        }

        return result;
    }

    private static ConllSentence Sentence(List<string> words, List<string> lines, List<string> tags, bool requireTags)
    {
        var sentence = new ConllSentence([.. words], [.. lines], requireTags ? [.. tags] : null);
        words.Clear();
        lines.Clear();
        tags.Clear();
        return sentence;
    }

    private static string? ReadLine(TextReader reader, State state)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            // The decoder reads ahead of the lines it hands out, so the bad byte is at this line or a little after it.
            throw new InvalidDataException($"{state.Name}:{state.LineNumber + 1}: not valid UTF-8 text (at this line or soon after it)");
        }
    }

    /// <summary>Splits a non-blank line into its token and, in labelled input, its checked tag.</summary>
    private static (string Word, string? Tag) Parse(string line, State state)
    {
        CheckCharacters(line, state);
        if (char.IsWhiteSpace(line[0]))
        {
            throw state.Error($"the token column is empty (the line starts with white space): '{Quote(line)}'");
        }

        var content = line.AsSpan().TrimEnd();
        if (content.Length < line.Length)
        {
            state.WarnOnce(ref state.TrailingSpaceWarned, "white space after the last column is ignored, as conlleval does (warned once)");
        }

        // Tab-separated lines may have tokens with spaces in them; otherwise spaces separate the columns.
        var separator = content.Contains('\t') ? '\t' : ' ';
        var tokenEnd = content.IndexOf(separator);
        var word = tokenEnd < 0 ? line : content[..tokenEnd].ToString();
        if (!state.RequireTags)
        {
            return (word, null);
        }

        if (tokenEnd < 0)
        {
            // One token once trailing blanks are trimmed, so no bracket annotation to tell ("[PER Ali ]" has a separator
            // and is told at the tag below); a lone "[PER " with trailing blanks gets this message, not the bracket one.
            throw state.Error($"expected a token and a tag separated by a tab or space, found '{Quote(line)}'");
        }

        var columns = CountColumns(content, separator);
        state.Columns ??= (columns, state.LineNumber);
        if (columns != state.Columns.Value.Count)
        {
            throw state.Error($"{columns} columns where line {state.Columns.Value.Line} has {state.Columns.Value.Count}: '{Quote(line)}'");
        }

        var tagStart = content.LastIndexOf(separator) + 1;
        var tag = content[tagStart..].ToString();
        var type = CheckTag(tag, line, state);
        if (tag[0] == 'I' && state.Previous != type)
        {
            state.WarnOnce(ref state.StrayInsideWarned,
                $"'{tag}' does not continue an entity of its type; it is read as the start of one, as conlleval does (warned once)");
        }

        state.Previous = type;
        return (word, tag);
    }

    /// <summary>Refuses a line with a control character other than tab.</summary>
    private static void CheckCharacters(string line, State state)
    {
        foreach (var c in line)
        {
            // C0 controls mark binary data; C1 controls (U+0080-U+009F) occur in real corpora as encoding debris.
            if (c is (< ' ' and not '\t') or '\u007F')
            {
                throw state.Error($"a control character (U+{(int)c:X4}): this is not a CoNLL text file");
            }
        }
    }

    /// <summary>The entity type of a valid IOB2 tag, or null for <c>O</c>.</summary>
    private static EntityType? CheckTag(string tag, string line, State state)
    {
        if (tag == "O")
        {
            return null;
        }

        if (tag.Length > 2 && tag[0] is 'B' or 'I' && tag[1] == '-')
        {
            if (Entities.EntityLabels.TryParseType(tag.AsSpan(2), out var type))
            {
                return type;
            }

            throw state.Error($"unknown entity type '{Quote(tag[2..])}' in tag '{Quote(tag)}' (PERSON, LOCATION, ORGANIZATION or PER, LOC, ORG)");
        }

        throw state.Error(LooksBracketed(line)
            ? $"found bracket-annotated text, not a CoNLL tag: '{Quote(line)}'"
            : $"unknown tag '{Quote(tag)}' (expected O, or B- or I- and an entity type, as in B-PERSON)");
    }

    private static int CountColumns(ReadOnlySpan<char> content, char separator)
    {
        if (separator == '\t')
        {
            return content.Count('\t') + 1;
        }

        var columns = 0;
        foreach (var range in content.Split(' '))
        {
            columns += content[range].IsEmpty ? 0 : 1;
        }

        return columns;
    }

    private static bool LooksBracketed(string line) =>
        line.Contains("[PER ", StringComparison.Ordinal) || line.Contains("[LOC ", StringComparison.Ordinal) || line.Contains("[ORG ", StringComparison.Ordinal);

    /// <summary>Part of a line, safe to print on a terminal: at most <see cref="MaxQuoted"/> characters, control characters escaped.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value.Length > MaxQuoted ? value[..MaxQuoted] : value)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }

        return value.Length > MaxQuoted ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>What reading one input has seen so far.</summary>
    private sealed class State(string name, bool requireTags, Action<string>? warn)
    {
        public string Name { get; } = name;

        public bool RequireTags { get; } = requireTags;

        public int LineNumber { get; set; }

        /// <summary>The column count of the first labelled line, and that line's number.</summary>
        public (int Count, int Line)? Columns { get; set; }

        /// <summary>The entity type of the previous line's tag, null after <c>O</c> or a sentence break.</summary>
        public EntityType? Previous { get; set; }

        public bool TrailingSpaceWarned;

        public bool StrayInsideWarned;

        public InvalidDataException Error(string message) => new($"{Name}:{LineNumber}: {message}");

        public void WarnOnce(ref bool warned, string message)
        {
            if (!warned)
            {
                warned = true;
                warn?.Invoke($"{Name}:{LineNumber}: warning: {message}");
            }
        }
    }
}
