using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Tokenization;

/// <summary>
/// Where the tokenizer's scanners stop: web addresses (known top-level domains only, a path up to a quote or an angle
/// bracket), e-mail addresses, dash runs, dates against number ranges, emoji sequences (skin tones, flags, joined
/// families), combining marks, soft hyphens and zero-width spaces. Written for the survivors of the mutation run.
/// </summary>
public class ScannerBoundaryTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Bkz. www.aa.com.tr/tr/gundem?id=5 ve http://x.org/a\"b\" sonra",
            ("Bkz.", TokenKind.Abbreviation), ("www.aa.com.tr/tr/gundem?id=5", TokenKind.Url), ("ve", TokenKind.Word), ("http://x.org/a", TokenKind.Url),
            ("\"", TokenKind.Punctuation), ("b", TokenKind.Word), ("\"", TokenKind.Punctuation), ("sonra", TokenKind.Word));
        yield return Case("site.xyz ve abc.info ile deneme.com.tr",
            ("site", TokenKind.Word), (".", TokenKind.Punctuation), ("xyz", TokenKind.Word), ("ve", TokenKind.Word), ("abc.info", TokenKind.Url),
            ("ile", TokenKind.Word), ("deneme.com.tr", TokenKind.Url));
        yield return Case("veri.gov.tr/a<b>c sonra",
            ("veri.gov.tr/a", TokenKind.Url), ("<", TokenKind.Symbol), ("b", TokenKind.Word), (">", TokenKind.Symbol), ("c", TokenKind.Word), ("sonra", TokenKind.Word));
        yield return Case("ali@aa.com.tr yazdı, a@b.c değil",
            ("ali@aa.com.tr", TokenKind.Email), ("yazdı", TokenKind.Word), (",", TokenKind.Punctuation), ("a", TokenKind.Word), ("@b", TokenKind.Mention),
            (".", TokenKind.Punctuation), ("c", TokenKind.Word), ("değil", TokenKind.Word));
        yield return Case("a.b@x.io ve x@y.co.uk", ("a.b@x.io", TokenKind.Email), ("ve", TokenKind.Word), ("x@y.co.uk", TokenKind.Email));
        yield return Case("Ali—Veli – x --- y",
            ("Ali", TokenKind.Word), ("—", TokenKind.Punctuation), ("Veli", TokenKind.Word), ("–", TokenKind.Punctuation), ("x", TokenKind.Word),
            ("---", TokenKind.Punctuation), ("y", TokenKind.Word));
        yield return Case("1990-2000 yılları, 2016-02-29 tarihi",
            ("1990", TokenKind.Number), ("-", TokenKind.Punctuation), ("2000", TokenKind.Number), ("yılları", TokenKind.Word), (",", TokenKind.Punctuation),
            ("2016-02-29", TokenKind.Date), ("tarihi", TokenKind.Word));
        yield return Case("cafe\u0301 \U0001F44D\U0001F3FDok \U0001F1F9\U0001F1F7 \U0001F468\u200D\U0001F469\u200D\U0001F467 a\u00ADb x\u200By",
            ("cafe\u0301", TokenKind.Word), ("\U0001F44D\U0001F3FD", TokenKind.Symbol), ("ok", TokenKind.Word), ("\U0001F1F9\U0001F1F7", TokenKind.Symbol),
            ("\U0001F468\u200D\U0001F469\u200D\U0001F467", TokenKind.Symbol), ("a\u00ADb", TokenKind.Word), ("x", TokenKind.Word), ("y", TokenKind.Word));
    }

    private static TestCaseData Case(string text, params (string Text, TokenKind Kind)[] expected) =>
        new TestCaseData(text, expected).SetArgDisplayNames(text.Length > 40 ? text[..40] : text);

    [TestCaseSource(nameof(Cases))]
    public void Scanners_StopWhereTheirTokensEnd(string text, (string Text, TokenKind Kind)[] expected)
    {
        Assert.That(TokenizerAssert.TextsAndKinds(text), Is.EqualTo(expected));
        Assert.That(TokenizerAssert.FindInvariantViolation(text, TurkishTokenizer.Default.Tokenize(text)), Is.Null);
    }
}
