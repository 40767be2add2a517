using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Nlp.Turkish.Text;

namespace Nlp.Turkish.Tokenization;

/// <summary>
/// The tokenizer for Turkish news text. It follows the convention of Turkish NER corpora: an apostrophe case suffix is
/// a token of its own (<c>Tokayev'in</c> → <c>Tokayev</c> + <c>'in</c>); abbreviations and initials keep their period
/// (<c>Dr.</c>, <c>T.C.</c>, <c>K.</c>); numbers, dates, times, percentages, ordinals, URLs, e-mail addresses,
/// hashtags and mentions are single tokens.
/// </summary>
/// <remarks>
/// One left-to-right pass, no backtracking beyond a fixed look-ahead, no allocation per token: time is linear in the
/// input length. Every character that is not white space or an invisible format character belongs to exactly one
/// token. The instance is immutable and thread-safe.
/// </remarks>
public sealed class TurkishTokenizer : ITokenizer
{
    /// <summary>The longest apostrophe suffix, in characters (<c>'lerindekilerden</c> has 15).</summary>
    private const int MaxSuffixLength = 20;
    private const int MaxHostLength = 253;
    private const int MaxLocalPartLength = 64;

    [ThreadStatic]
    private static List<Token>? t_classifyBuffer;

    private readonly AbbreviationTable _abbreviations;

    private TurkishTokenizer(AbbreviationTable abbreviations) => _abbreviations = abbreviations;

    /// <summary>The tokenizer with the library's built-in abbreviation list.</summary>
    public static TurkishTokenizer Default { get; } = new(AbbreviationTable.Default);

    /// <summary>Tokenizes a text and splits it into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A document with tokens and sentences and no entities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 6 + 4);
        Tokenize(text.AsSpan(), tokens);
        var sentences = new List<Sentence>(tokens.Count / 16 + 1);
        SplitSentences(text.AsSpan(), CollectionsMarshal.AsSpan(tokens), sentences);
        return new Document(text, tokens.ToArray(), sentences.ToArray(), []);
    }

    /// <summary>
    /// The kind of a token that was split elsewhere (a CoNLL corpus): an apostrophe followed by letters is a suffix,
    /// otherwise the kind this tokenizer gives the text when it reads it as one token, else the kind of its first token.
    /// </summary>
    internal TokenKind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length > 1 && Apostrophes.IsApostrophe(token[0]) && char.IsLetter(token[1]))
        {
            return TokenKind.Suffix;
        }

        // Letters only, the common case: the scanner reads them as one word (a URL, an e-mail address or an abbreviation
        // needs a dot or an '@'), so the scan is skipped.
        if (!token.IsEmpty && AllLetters(token))
        {
            return TokenKind.Word;
        }

        var tokens = t_classifyBuffer ??= new List<Token>(4);
        tokens.Clear();
        Tokenize(token, tokens);
        return tokens.Count == 0 ? TokenKind.Symbol : tokens[0].Kind;
    }

    private static bool AllLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        var nextAt = -1;
        while (i < text.Length)
        {
            ScanSteps.Step();
            if (IsGap(text[i]))
            {
                i++;
                continue;
            }

            i = ScanToken(text, i, tokens, ref nextAt);
        }
    }

    /// <inheritdoc />
    public void SplitSentences(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        SentenceBoundaries.Split(text, tokens, _abbreviations, sentences);
    }

    /// <param name="text">The text.</param>
    /// <param name="i">Where the token starts.</param>
    /// <param name="tokens">Where tokens go.</param>
    /// <param name="nextAt">
    /// The position of the first '@' at or after the last word start checked, <see cref="int.MaxValue"/> when there is
    /// none, or -1 before the first check: an e-mail address is tried only where an '@' follows within a local part's
    /// reach, and the text is searched for '@' once, not at every word.
    /// </param>
    private int ScanToken(ReadOnlySpan<char> text, int i, List<Token> tokens, ref int nextAt)
    {
        var c = text[i];
        if (IsWordStart(text, i))
        {
            int length;
            if (TryScanUrl(text, i, out length))
            {
                return Emit(text, tokens, i, length, TokenKind.Url);
            }

            if (nextAt < i)
            {
                var at = text[i..].IndexOf('@');
                nextAt = at < 0 ? int.MaxValue : i + at;
            }

            if (nextAt - i <= MaxLocalPartLength && TryScanEmail(text, i, out length))
            {
                return Emit(text, tokens, i, length, TokenKind.Email);
            }

            return char.IsAsciiDigit(c) ? ScanNumber(text, i, tokens) : ScanWord(text, i, tokens);
        }

        switch (c)
        {
            case '#' when i + 1 < text.Length && IsWordStart(text, i + 1):
                return Emit(text, tokens, i, 1 + HandleLength(text, i + 1), TokenKind.Hashtag);
            case '@' when i + 1 < text.Length && IsWordStart(text, i + 1):
                return Emit(text, tokens, i, 1 + HandleLength(text, i + 1), TokenKind.Mention);
            case '%' when i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]):
                return Emit(text, tokens, i, 1 + NumberLength(text, i + 1), TokenKind.Percent);
            case '.' or '!' or '?':
                return Add(tokens, i, RunLength(text, i, static ch => ch is '.' or '!' or '?'), TokenKind.Punctuation);
            case '-' or '\u2013' or '\u2014':
                return Add(tokens, i, RunLength(text, i, static ch => ch is '-' or '\u2013' or '\u2014'), TokenKind.Punctuation);
        }

        if (char.IsHighSurrogate(c) || (c >= '\u2000' && !char.IsPunctuation(c)))
        {
            return Add(tokens, i, SymbolClusterLength(text, i), TokenKind.Symbol);
        }

        return Add(tokens, i, 1 + TrailingMarksLength(text, i + 1), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

    private int ScanWord(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        var end = WordEnd(text, i);
        var word = text[i..end];

        if (end < text.Length && text[end] == '.')
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                var chain = InitialChainEnd(text, end);
                if (chain > end + 1 || TurkishCasing.IsUpper(word[0]))
                {
                    return Emit(text, tokens, i, chain - i, TokenKind.Abbreviation);
                }
            }

            if (_abbreviations.TryGet(word, out _))
            {
                return Emit(text, tokens, i, end + 1 - i, TokenKind.Abbreviation);
            }

            var host = HostLength(text, i);
            if (host > 0)
            {
                return Emit(text, tokens, i, host + PathLength(text, i + host), TokenKind.Url);
            }
        }

        return Emit(text, tokens, i, end - i, TokenKind.Word);
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        var digits = DigitRun(text, i);
        var end = i + digits;

        if (TryDateLength(text, i, digits, out var dateLength))
        {
            return Emit(text, tokens, i, dateLength, TokenKind.Date);
        }

        if (TryTimeLength(text, i, digits, out var timeLength))
        {
            return Emit(text, tokens, i, timeLength, TokenKind.Time);
        }

        if (end < text.Length && IsWordStart(text, end) && !char.IsAsciiDigit(text[end]))
        {
            // Digits glued to letters form one alphanumeric word: 3G, 4x4, 1990lı.
            return Emit(text, tokens, i, WordEnd(text, i) - i, TokenKind.Word);
        }

        var length = NumberLength(text, i);
        end = i + length;
        if (length == digits && IsOrdinalPeriod(text, digits, end))
        {
            return Emit(text, tokens, i, length + 1, TokenKind.Ordinal);
        }

        return Emit(text, tokens, i, length, TokenKind.Number);
    }

    /// <summary>Adds a token and, right after it, its apostrophe case suffix if one follows.</summary>
    private static int Emit(ReadOnlySpan<char> text, List<Token> tokens, int start, int length, TokenKind kind)
    {
        var end = Add(tokens, start, length, kind);
        var suffix = ApostropheSuffixLength(text, start, end);
        return suffix == 0 ? end : Add(tokens, end, suffix, TokenKind.Suffix);
    }

    private static int Add(List<Token> tokens, int start, int length, TokenKind kind)
    {
        tokens.Add(new Token(start, length, kind));
        return start + length;
    }

    /// <summary>
    /// The length of an apostrophe suffix at <paramref name="end"/> (<c>'in</c>, <c>’DA</c>), or 0. A suffix is
    /// lowercase letters, or uppercase letters after an all-caps word (<c>TOKAYEV'İN</c>).
    /// </summary>
    private static int ApostropheSuffixLength(ReadOnlySpan<char> text, int start, int end)
    {
        if (end + 1 >= text.Length || !Apostrophes.IsApostrophe(text[end]) || !char.IsLetter(text[end + 1]))
        {
            return 0;
        }

        var suffixEnd = end + 1;
        while (suffixEnd < text.Length && IsWordPart(text[suffixEnd]))
        {
            ScanSteps.Step();
            suffixEnd++;
            if (suffixEnd - end > MaxSuffixLength)
            {
                return 0;
            }
        }

        var suffix = text[(end + 1)..suffixEnd];
        if (IsAllLowerLetters(suffix)
            || (TurkishCasing.IsAllUpper(suffix) && TurkishCasing.IsAllUpper(text[Math.Max(start, end - MaxSuffixLength)..end])))
        {
            return suffixEnd - end;
        }

        return 0;
    }

    /// <summary>
    /// The end of a word: letters, digits and marks, joined across soft hyphens, name-internal apostrophes
    /// (<c>O'Neill</c>) and hyphens before a lowercase letter or a digit (<c>e-devlet</c>, <c>F-16</c>). A hyphen before
    /// a capital starts a new part (<c>ABD-İran</c>, <c>Ki-Mun</c>, <c>ANKARA-BHA</c>) and is a token of its own, as the
    /// NER corpora write it (<c>Bağ - Kur</c>), so that each name can be tagged.
    /// </summary>
    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length)
        {
            ScanSteps.Step();
            if (IsWordPart(text[j]))
            {
                j++;
            }
            else if (IsLetterSurrogatePair(text, j))
            {
                j += 2;
            }
            else if (j > i && j + 1 < text.Length && IsJoiner(text, i, j))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool IsJoiner(ReadOnlySpan<char> text, int wordStart, int j)
    {
        var next = text[j + 1];
        return text[j] switch
        {
            '-' => char.IsLetterOrDigit(next) && !TurkishCasing.IsUpper(next),
            '\u00AD' => char.IsLetterOrDigit(next),
            var c when Apostrophes.IsApostrophe(c) => TurkishCasing.IsUpper(next) && ApostropheSuffixLength(text, wordStart, j) == 0,
            _ => false,
        };
    }

    /// <summary>The end of a chain of single letters with periods (<c>T.C.</c>, <c>A.B.D.</c>) whose first period is at <paramref name="period"/>.</summary>
    private static int InitialChainEnd(ReadOnlySpan<char> text, int period)
    {
        var end = period + 1;
        while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.')
        {
            ScanSteps.Step();
            end += 2;
        }

        return end;
    }

    /// <summary>The longest capitalized word after <c>6. </c> that is looked at as the start of a name.</summary>
    private const int MaxOrdinalNameWord = 40;

    /// <summary>
    /// A period after digits is an ordinal when a lowercase word follows it (<c>6. hafta</c>), or, after at most three
    /// digits, a capitalized word that starts a name: another capitalized word or an apostrophe suffix comes right after
    /// it (<c>6. Hukuk Dairesi</c>, <c>2. Dünya Savaşı</c>, <c>3. Lig'de</c>). A capital followed by a lowercase word
    /// starts a new sentence (<c>Sayısı 12. Ardından geldi</c>).
    /// </summary>
    private static bool IsOrdinalPeriod(ReadOnlySpan<char> text, int digits, int end)
    {
        if (end + 2 >= text.Length || text[end] != '.' || text[end + 1] is not (' ' or '\u00A0'))
        {
            return false;
        }

        var next = end + 2;
        if (TurkishCasing.IsLower(text[next]))
        {
            return true;
        }

        if (digits > 3 || !TurkishCasing.IsUpper(text[next]))
        {
            return false;
        }

        // A bounded look-ahead: a word longer than a name's is not one.
        var wordEnd = next;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            ScanSteps.Step();
            if (++wordEnd - next > MaxOrdinalNameWord)
            {
                return false;
            }
        }

        if (ApostropheSuffixLength(text, next, wordEnd) > 0)
        {
            return true;
        }

        return wordEnd + 1 < text.Length && text[wordEnd] == ' ' && TurkishCasing.IsUpper(text[wordEnd + 1]);
    }

    private static bool TryDateLength(ReadOnlySpan<char> text, int i, int digits, out int length)
    {
        length = 0;
        var end = i + digits;
        if (digits is 1 or 2 && end < text.Length && text[end] is '.' or '/')
        {
            var separator = text[end];
            var month = DigitRun(text, end + 1);
            var yearStart = end + 1 + month;
            if (month is 1 or 2 && yearStart < text.Length && text[yearStart] == separator)
            {
                var year = DigitRun(text, yearStart + 1);
                if (year is 2 or 4 && !IsFollowedByDigitGroup(text, yearStart + 1 + year))
                {
                    length = yearStart + 1 + year - i;
                }
            }
        }
        else if (digits == 4 && end < text.Length && text[end] == '-')
        {
            var month = DigitRun(text, end + 1);
            var dayStart = end + 1 + month;
            if (month == 2 && dayStart < text.Length && text[dayStart] == '-' && DigitRun(text, dayStart + 1) == 2)
            {
                length = dayStart + 3 - i;
            }
        }

        return length > 0;
    }

    private static bool TryTimeLength(ReadOnlySpan<char> text, int i, int digits, out int length)
    {
        length = 0;
        var end = i + digits;
        if (digits is not (1 or 2) || end >= text.Length || text[end] != ':' || DigitRun(text, end + 1) != 2)
        {
            return false;
        }

        end += 3;
        if (end < text.Length && text[end] == ':' && DigitRun(text, end + 1) == 2)
        {
            end += 3;
        }

        if (IsFollowedByDigitGroup(text, end) || (end < text.Length && char.IsAsciiDigit(text[end])))
        {
            return false;
        }

        length = end - i;
        return true;
    }

    private static bool IsFollowedByDigitGroup(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[end + 1]);

    /// <summary>Digits with inner group and decimal separators: <c>10</c>, <c>1.234,56</c>, <c>3.5</c>.</summary>
    private static int NumberLength(ReadOnlySpan<char> text, int i)
    {
        var end = i + DigitRun(text, i);
        while (IsFollowedByDigitGroup(text, end) && text[end] is '.' or ',')
        {
            ScanSteps.Step();
            end += 1 + DigitRun(text, end + 1);
        }

        return end - i;
    }

    private static int DigitRun(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            ScanSteps.Step();
            j++;
        }

        return j - i;
    }

    private static int RunLength(ReadOnlySpan<char> text, int i, Func<char, bool> belongs)
    {
        var j = i + 1;
        while (j < text.Length && belongs(text[j]))
        {
            ScanSteps.Step();
            j++;
        }

        return j - i;
    }

    /// <summary>A hashtag or mention body: letters, digits and underscores.</summary>
    private static int HandleLength(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && (IsWordPart(text[j]) || text[j] == '_'))
        {
            ScanSteps.Step();
            j++;
        }

        return Math.Max(j - i, 1);
    }

    private static bool TryScanUrl(ReadOnlySpan<char> text, int i, out int length)
    {
        length = 0;
        if (text[i] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        var rest = text[i..];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        length = AddressRestLength(text, i);
        return true;
    }

    /// <summary>
    /// The length of the rest of a web address or path from <paramref name="i"/>: up to white space, an apostrophe (a
    /// case suffix follows), a quote or an angle bracket, less the punctuation that ends the sentence around it.
    /// </summary>
    private static int AddressRestLength(ReadOnlySpan<char> text, int i)
    {
        var end = i;
        while (end < text.Length && !IsGap(text[end]) && !Apostrophes.IsApostrophe(text[end]) && text[end] is not ('"' or '<' or '>'))
        {
            ScanSteps.Step();
            end++;
        }

        return TrimTrailingPunctuation(text, i, end) - i;
    }

    private static int TrimTrailingPunctuation(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start + 1 && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u201D' or '\u00BB')
        {
            end--;
        }

        return end;
    }

    /// <summary>A bare host name with a well-known top-level domain (<c>aa.com.tr</c>), or 0. Host names have at most
    /// 253 characters, which also keeps a long chain of dotted words from being rescanned at every word.</summary>
    private static int HostLength(ReadOnlySpan<char> text, int i)
    {
        text = text[..Math.Min(text.Length, i + MaxHostLength)];
        var end = i;
        var labels = 0;
        var lastLabelStart = i;
        while (true)
        {
            var labelStart = end;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
            {
                ScanSteps.Step();
                end++;
            }

            if (end == labelStart)
            {
                break;
            }

            labels++;
            lastLabelStart = labelStart;
            if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiLetterOrDigit(text[end + 1]))
            {
                end++;
                continue;
            }

            break;
        }

        if (labels < 2 || !IsKnownTopLevelDomain(text[lastLabelStart..end]))
        {
            return 0;
        }

        return end - i;
    }

    private static bool IsKnownTopLevelDomain(ReadOnlySpan<char> label) =>
        label is "com" or "net" or "org" or "edu" or "gov" or "tr" or "info" or "io" or "biz" or "eu" or "int";

    private static int PathLength(ReadOnlySpan<char> text, int i)
    {
        return i < text.Length && text[i] == '/' ? AddressRestLength(text, i) : 0;
    }

    /// <summary>An e-mail address; its local part has at most 64 characters and its domain at most 253 (RFC 5321),
    /// which bounds the look-ahead from every word start.</summary>
    private static bool TryScanEmail(ReadOnlySpan<char> text, int i, out int length)
    {
        length = 0;
        text = text[..Math.Min(text.Length, i + MaxLocalPartLength + 1 + MaxHostLength)];
        var localEnd = Math.Min(text.Length, i + MaxLocalPartLength);
        var at = i;
        while (at < localEnd && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '.' or '_' or '%' or '+' or '-'))
        {
            ScanSteps.Step();
            at++;
        }

        if (at == i || at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            return false;
        }

        var end = at + 1;
        var lastDot = -1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'
               || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            ScanSteps.Step();
            if (text[end] == '.')
            {
                lastDot = end;
            }

            end++;
        }

        if (lastDot < 0 || end - lastDot < 3)
        {
            return false;
        }

        length = end - i;
        return true;
    }

    /// <summary>An emoji or symbol with its modifiers: variation selectors, skin tones, keycaps, ZWJ sequences, flags.</summary>
    private static int SymbolClusterLength(ReadOnlySpan<char> text, int i)
    {
        var end = i + CodePointLength(text, i);
        while (end < text.Length)
        {
            ScanSteps.Step();
            var c = text[end];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3' || IsMark(c))
            {
                end++;
            }
            else if (c == '\u200D' && end + 1 < text.Length && !IsGap(text[end + 1]) && !IsWordStart(text, end + 1))
            {
                end += 1 + CodePointLength(text, end + 1);
            }
            else if (IsModifierOrRegionalIndicator(text, end))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end - i;
    }

    private static bool IsModifierOrRegionalIndicator(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || !char.IsSurrogatePair(text[i], text[i + 1]))
        {
            return false;
        }

        var value = char.ConvertToUtf32(text[i], text[i + 1]);
        return value is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0x1F1E6 and <= 0x1F1FF) or (>= 0xE0020 and <= 0xE007F);
    }

    private static int CodePointLength(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? 2 : 1;

    private static int TrailingMarksLength(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && (IsMark(text[j]) || text[j] is '\uFE0F' or '\uFE0E'))
        {
            ScanSteps.Step();
            j++;
        }

        return j - i;
    }

    private static bool IsAllLowerLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!TurkishCasing.IsLower(c) && !IsMark(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int i) => IsWordPart(text[i]) || IsLetterSurrogatePair(text, i);

    private static bool IsLetterSurrogatePair(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) && Rune.IsLetterOrDigit(new Rune(text[i], text[i + 1]));

    /// <summary>Letters, digits and combining marks (so a decomposed <c>İ</c> stays one word).</summary>
    internal static bool IsWordPart(char c) =>
        c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>White space, control characters and invisible format characters: the only characters between tokens.</summary>
    internal static bool IsGap(char c)
    {
        if (c < '\u0080')
        {
            return c <= ' ' || c == '\u007F';
        }

        return char.IsWhiteSpace(c) || char.IsControl(c)
            || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u00AD');
    }
}
