using Nlp.Turkish.Text;
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
        yield return Case("Astana. Sonra değeri x. Sonra a.b.c. ile", ("Astana", TokenKind.Word), (".", TokenKind.Punctuation), ("Sonra", TokenKind.Word), ("değeri", TokenKind.Word), ("x", TokenKind.Word), (".", TokenKind.Punctuation), ("Sonra", TokenKind.Word), ("a.b.c.", TokenKind.Abbreviation), ("ile", TokenKind.Word));
        yield return Case("x A.B", ("x", TokenKind.Word), ("A.", TokenKind.Abbreviation), ("B", TokenKind.Word));
        yield return Case("3G ağı", ("3G", TokenKind.Word), ("ağı", TokenKind.Word));
        yield return Case("Ali'abcdefghijklmnopqrs ve Ali'abcdefghijklmnopqrst", ("Ali", TokenKind.Word), ("'abcdefghijklmnopqrs", TokenKind.Suffix), ("ve", TokenKind.Word), ("Ali", TokenKind.Word), ("'", TokenKind.Punctuation), ("abcdefghijklmnopqrst", TokenKind.Word));
        yield return Case("12.05.20163 ve 12.05.2016.5 ve 12:305", ("12.05.20163", TokenKind.Number), ("ve", TokenKind.Word), ("12.05.2016.5", TokenKind.Number), ("ve", TokenKind.Word), ("12", TokenKind.Number), (":", TokenKind.Punctuation), ("305", TokenKind.Number));
        yield return Case("2016-5-12 2016-05x12 2016-05-", ("2016", TokenKind.Number), ("-", TokenKind.Punctuation), ("5", TokenKind.Number), ("-", TokenKind.Punctuation), ("12", TokenKind.Number), ("2016", TokenKind.Number), ("-", TokenKind.Punctuation), ("05x12", TokenKind.Word), ("2016", TokenKind.Number), ("-", TokenKind.Punctuation), ("05", TokenKind.Number), ("-", TokenKind.Punctuation));
        yield return Case("a.net b.org c.edu d.biz e.eu f.int g.io h.info i.gov j.tr k.com", ("a.net", TokenKind.Url), ("b.org", TokenKind.Url), ("c.edu", TokenKind.Url), ("d.biz", TokenKind.Url), ("e.eu", TokenKind.Url), ("f.int", TokenKind.Url), ("g.io", TokenKind.Url), ("h.info", TokenKind.Url), ("i.gov", TokenKind.Url), ("j.tr", TokenKind.Url), ("k.com", TokenKind.Url));
        yield return Case("aa.com.tr_x site aa.com.", ("aa.com.tr", TokenKind.Url), ("_", TokenKind.Punctuation), ("x", TokenKind.Word), ("site", TokenKind.Word), ("aa.com", TokenKind.Url), (".", TokenKind.Punctuation));
        yield return Case("ali bob.com x@y.com x ali@aa yaz ali@aa.com.", ("ali", TokenKind.Word), ("bob.com", TokenKind.Url), ("x@y.com", TokenKind.Email), ("x", TokenKind.Word), ("ali", TokenKind.Word), ("@aa", TokenKind.Mention), ("yaz", TokenKind.Word), ("ali@aa.com", TokenKind.Email), (".", TokenKind.Punctuation));
        yield return Case("x " + new string('a', 64) + "@aa.com y", ("x", TokenKind.Word), (new string('a', 64) + "@aa.com", TokenKind.Email), ("y", TokenKind.Word));
        yield return Case("a@" + new string('b', 200) + ".com x", ("a@" + new string('b', 200) + ".com", TokenKind.Email), ("x", TokenKind.Word));
        yield return Case("x " + new string('a', 64) + "@" + new string('b', 249) + ".com y", ("x", TokenKind.Word), (new string('a', 64) + "@" + new string('b', 249) + ".com", TokenKind.Email), ("y", TokenKind.Word));
        yield return Case("\u2030 \u263A \u2026 \u201C \u270C\U0001F3FD x", ("\u2030", TokenKind.Punctuation), ("\u263A", TokenKind.Symbol), ("\u2026", TokenKind.Punctuation), ("\u201C", TokenKind.Punctuation), ("\u270C\U0001F3FD", TokenKind.Symbol), ("x", TokenKind.Word));
        yield return Case("\U0001F44D\U0001F3FB \U0001F44D\U0001F3FF \U0001F44D\U0001F3FA \U0001F600\U0001F600", ("\U0001F44D\U0001F3FB", TokenKind.Symbol), ("\U0001F44D\U0001F3FF", TokenKind.Symbol), ("\U0001F44D", TokenKind.Symbol), ("\U0001F3FA", TokenKind.Symbol), ("\U0001F600", TokenKind.Symbol), ("\U0001F600", TokenKind.Symbol));
        yield return Case("\U0001F1E6\U0001F1FF \U0001F1FF\U0001F1E6 \U0001F44D\U0001F1E5 \U0001F44D\U0001F400", ("\U0001F1E6\U0001F1FF", TokenKind.Symbol), ("\U0001F1FF\U0001F1E6", TokenKind.Symbol), ("\U0001F44D", TokenKind.Symbol), ("\U0001F1E5", TokenKind.Symbol), ("\U0001F44D", TokenKind.Symbol), ("\U0001F400", TokenKind.Symbol));
        yield return Case("\U0001F3F4\U000E0020\U000E007F \U0001F3F4\U000E001F \U0001F3F4\U000E0080", ("\U0001F3F4\U000E0020\U000E007F", TokenKind.Symbol), ("\U0001F3F4", TokenKind.Symbol), ("\U000E001F", TokenKind.Symbol), ("\U0001F3F4", TokenKind.Symbol), ("\U000E0080", TokenKind.Symbol));
        yield return Case("\u270C\u200D x \u270C\u200D", ("\u270C", TokenKind.Symbol), ("x", TokenKind.Word), ("\u270C", TokenKind.Symbol));
        yield return Case("(\u0301 x a\u0300 \U0001D400li Ali\u00A0Veli", ("(\u0301", TokenKind.Punctuation), ("x", TokenKind.Word), ("a\u0300", TokenKind.Word), ("\U0001D400li", TokenKind.Word), ("Ali", TokenKind.Word), ("Veli", TokenKind.Word));
    }

    private static TestCaseData Case(string text, params (string Text, TokenKind Kind)[] expected) =>
        new TestCaseData(text, expected).SetArgDisplayNames(text.Length > 40 ? text[..40] : text);

    [TestCaseSource(nameof(Cases))]
    public void Scanners_StopWhereTheirTokensEnd(string text, (string Text, TokenKind Kind)[] expected)
    {
        Assert.That(TokenizerAssert.TextsAndKinds(text), Is.EqualTo(expected));
        Assert.That(TokenizerAssert.FindInvariantViolation(text, TurkishTokenizer.Default.Tokenize(text)), Is.Null);
    }

    [Test]
    public void Classify_GivesTheKindOfATokenSplitElsewhere()
    {
        var tokenizer = TurkishTokenizer.Default;
        Assert.That(tokenizer.Classify("'da"), Is.EqualTo(TokenKind.Suffix));
        Assert.That(tokenizer.Classify("'"), Is.EqualTo(TokenKind.Punctuation));
        Assert.That(tokenizer.Classify("'5"), Is.EqualTo(TokenKind.Punctuation));
        Assert.That(tokenizer.Classify("Ali"), Is.EqualTo(TokenKind.Word));
        Assert.That(tokenizer.Classify("5"), Is.EqualTo(TokenKind.Number), "nothing left over from the call before");
        Assert.That(tokenizer.Classify(""), Is.EqualTo(TokenKind.Symbol));
        Assert.That(tokenizer.Classify(" "), Is.EqualTo(TokenKind.Symbol));
    }

    [Test]
    public void Classify_AgreesWithTheScanOfTheTokenAlone_OnEveryWordOfTheTestData()
    {
        // Classify skips the scan for letters-only words; the kind must stay what the scan gives.
        var tokenizer = TurkishTokenizer.Default;
        var words = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "seed.conll"))
            .Concat(File.ReadLines(BracketCorpus.RegressionNewsPath))
            .SelectMany(line => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Concat(["www", "Dr", "AA", "İstanbul", "ıIiİ", "a", "Tokayev'in", "3G", "e\u0301", "ß"])
            .Distinct()
            .ToList();
        var scanned = new List<Token>();
        var letterWords = 0;
        foreach (var word in words.Where(w => !(w.Length > 1 && Apostrophes.IsApostrophe(w[0]) && char.IsLetter(w[1]))))
        {
            scanned.Clear();
            tokenizer.Tokenize(word, scanned);
            var expected = scanned.Count == 0 ? TokenKind.Symbol : scanned[0].Kind;
            Assert.That(tokenizer.Classify(word), Is.EqualTo(expected), word);
            letterWords += word.All(char.IsLetter) ? 1 : 0;
        }

        Assert.That(letterWords, Is.GreaterThan(500), "the fast path is exercised");
    }

    [Test]
    public void SplitSentences_NullList_IsRefusedByName()
    {
        var document = TurkishTokenizer.Default.Tokenize("Ali geldi.");
        Assert.That(Assert.Throws<ArgumentNullException>(() => TurkishTokenizer.Default.SplitSentences(document.Text, document.Tokens.ToArray(), null!))!.ParamName,
            Is.EqualTo("sentences"));
    }
}
