namespace Nlp.Turkish.Text;

/// <summary>
/// The apostrophe characters that Turkish text uses to separate a proper noun from its case suffix
/// (<c>Tokayev'in</c>, <c>Kazakistan’da</c>): typewriter, curly, grave and acute forms alike.
/// </summary>
public static class Apostrophes
{
    /// <summary>Whether the character is one of the apostrophe forms that mark a suffix boundary.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for <c>'</c>, <c>’</c>, <c>‘</c>, <c>´</c>, <c>`</c> and <c>ʼ</c>.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u00B4' or '`' or '\u02BC';
}
