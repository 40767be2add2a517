namespace Nlp.Turkish.Text;

/// <summary>
/// Turkish-correct case mapping: <c>I</c> ↔ <c>ı</c> and <c>İ</c> ↔ <c>i</c>, independent of the current culture.
/// </summary>
/// <remarks>
/// The invariant culture maps <c>I</c> to <c>i</c>, which turns <c>IRAK</c> into <c>irak</c> instead of <c>ırak</c>.
/// Every layer of the library that compares or folds case goes through this type. The decomposed capital dotted I
/// (<c>I</c> followed by U+0307 COMBINING DOT ABOVE) lowers to a single <c>i</c>.
/// </remarks>
public static class TurkishCasing
{
    private const char CombiningDotAbove = '\u0307';

    /// <summary>Lowercases one character by Turkish rules.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The lowercase character.</returns>
    public static char ToLower(char c) => c switch
    {
        'I' => 'ı',
        'İ' => 'i',
        < '\u0080' => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Uppercases one character by Turkish rules.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The uppercase character.</returns>
    public static char ToUpper(char c) => c switch
    {
        'i' => 'İ',
        'ı' => 'I',
        < '\u0080' => (uint)(c - 'a') <= 'z' - 'a' ? (char)(c & ~0x20) : c,
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>
    /// Lowercases <paramref name="source"/> into <paramref name="destination"/> by Turkish rules.
    /// </summary>
    /// <param name="source">The text to lowercase.</param>
    /// <param name="destination">The buffer to write to; at least as long as <paramref name="source"/>.</param>
    /// <returns>The number of characters written, which is less than the source length only where a decomposed
    /// <c>İ</c> was folded to one character.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            ThrowDestinationTooShort();
        }

        var written = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == 'I' && i + 1 < source.Length && source[i + 1] == CombiningDotAbove)
            {
                destination[written++] = 'i';
                i++;
                continue;
            }

            destination[written++] = ToLower(c);
        }

        return written;
    }

    /// <summary>
    /// Uppercases <paramref name="source"/> into <paramref name="destination"/> by Turkish rules.
    /// </summary>
    /// <param name="source">The text to uppercase.</param>
    /// <param name="destination">The buffer to write to; at least as long as <paramref name="source"/>.</param>
    /// <returns>The number of characters written (always the source length).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int ToUpper(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            ThrowDestinationTooShort();
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToUpper(source[i]);
        }

        return source.Length;
    }

    /// <summary>Lowercases a string by Turkish rules (<c>IRAK</c> → <c>ırak</c>, <c>İSTANBUL</c> → <c>istanbul</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lowercase text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var written = ToLower(text.AsSpan(), buffer);
        return new string(buffer[..written]);
    }

    /// <summary>Uppercases a string by Turkish rules (<c>istanbul</c> → <c>İSTANBUL</c>, <c>ırak</c> → <c>IRAK</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The uppercase text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToUpper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, s) => ToUpper(s.AsSpan(), span));
    }

    /// <summary>Whether the character is an uppercase letter.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for uppercase letters, including <c>İ</c>.</returns>
    public static bool IsUpper(char c) => c < '\u0080' ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary>Whether the character is a lowercase letter.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for lowercase letters, including <c>ı</c>.</returns>
    public static bool IsLower(char c) => c < '\u0080' ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>Whether every letter of the text is uppercase and it has at least one letter (<c>TOKAYEV</c>, <c>T.C.</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> if the text has letters and none is lowercase.</returns>
    public static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0;
    }

    /// <summary>Whether the text starts with an uppercase letter and has no other uppercase letter (<c>Astana</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for title-case words.</returns>
    public static bool IsTitleCase(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !IsUpper(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void ThrowDestinationTooShort() =>
        throw new ArgumentException("The destination buffer is shorter than the source text.", "destination");
}
