using Nlp.Turkish.Tokenization;
using static Nlp.Turkish.Tests.Tokenization.TokenizerAssert;

namespace Nlp.Turkish.Tests.Tokenization;

public class TurkishTokenizerTests
{
    [Test]
    public void Tokenize_SplitsApostropheSuffix()
    {
        Assert.That(Texts("Tokayev'in ziyareti Kazakistan'da konuşuldu."),
            Is.EqualTo(new[] { "Tokayev", "'in", "ziyareti", "Kazakistan", "'da", "konuşuldu", "." }));
    }

    [TestCase("Kazakistan'da", "'da")]
    [TestCase("Kazakistan’da", "’da")]
    [TestCase("Kazakistan‘da", "‘da")]
    [TestCase("Kazakistan´da", "´da")]
    [TestCase("Kazakistan`da", "`da")]
    public void Tokenize_SplitsSuffixAfterEveryApostropheVariant(string text, string suffix)
    {
        var tokens = TextsAndKinds(text);
        Assert.That(tokens, Is.EqualTo(new[] { ("Kazakistan", TokenKind.Word), (suffix, TokenKind.Suffix) }));
    }

    [TestCase("ABD-İran", new[] { "ABD", "-", "İran" })]
    [TestCase("Ban Ki-Mun", new[] { "Ban", "Ki", "-", "Mun" })]
    [TestCase("ANKARA-BHA", new[] { "ANKARA", "-", "BHA" })]
    [TestCase("Rusya-Ukrayna'nın", new[] { "Rusya", "-", "Ukrayna", "'nın" })]
    [TestCase("e-devlet F-16", new[] { "e-devlet", "F-16" })]
    public void Tokenize_HyphenBeforeACapital_SeparatesTheNames(string text, string[] expected) =>
        Assert.That(Texts(text), Is.EqualTo(expected));

    [TestCase("Irak'a", "Irak", "'a")]
    [TestCase("Vucic'e", "Vucic", "'e")]
    [TestCase("Tokayev'i", "Tokayev", "'i")]
    [TestCase("ABD'ye", "ABD", "'ye")]
    [TestCase("heyet Irak'a", "Irak", "'a")]
    public void Tokenize_SplitsASuffixThatEndsTheInput(string text, string name, string suffix)
    {
        var tokens = TextsAndKinds(text);
        Assert.That(tokens[^2..], Is.EqualTo(new[] { (name, TokenKind.Word), (suffix, TokenKind.Suffix) }));
    }

    [Test]
    public void Tokenize_SplitsUppercaseSuffixInAllCapsHeadline()
    {
        Assert.That(Texts("TOKAYEV'İN ZİYARETİ"), Is.EqualTo(new[] { "TOKAYEV", "'İN", "ZİYARETİ" }));
    }

    [Test]
    public void Tokenize_KeepsNameInternalApostrophe()
    {
        Assert.That(Texts("O'Neill geldi"), Is.EqualTo(new[] { "O'Neill", "geldi" }));
    }

    [Test]
    public void Tokenize_SplitsSuffixAfterNumbersAndAbbreviations()
    {
        Assert.That(Texts("60'tan fazla şirket A.Ş.'nin"), Is.EqualTo(new[] { "60", "'tan", "fazla", "şirket", "A.Ş.", "'nin" }));
    }

    [Test]
    public void Tokenize_QuoteApostropheIsPunctuation()
    {
        Assert.That(TextsAndKinds("'Altın Kıran' nişanı"), Is.EqualTo(new[]
        {
            ("'", TokenKind.Punctuation), ("Altın", TokenKind.Word), ("Kıran", TokenKind.Word), ("'", TokenKind.Punctuation),
            ("nişanı", TokenKind.Word),
        }));
    }

    [TestCase("Dr. Ahmet", "Dr.")]
    [TestCase("Prof. Dr. Ayşe", "Prof.")]
    [TestCase("kitap, defter vb. malzemeler", "vb.")]
    [TestCase("T.C. Cumhurbaşkanlığı", "T.C.")]
    [TestCase("Koç Holding A.Ş. açıkladı", "A.Ş.")]
    [TestCase("K. Irak'ta", "K.")]
    [TestCase("A.B.D. yönetimi", "A.B.D.")]
    public void Tokenize_KeepsAbbreviationPeriod(string text, string abbreviation)
    {
        var tokens = TextsAndKinds(text);
        Assert.That(tokens, Does.Contain((abbreviation, TokenKind.Abbreviation)));
        Assert.That(tokens.Select(t => t.Item1), Does.Not.Contain("."));
    }

    [Test]
    public void Tokenize_SentenceFinalPeriodIsSeparate()
    {
        Assert.That(Texts("Tokayev konuştu."), Is.EqualTo(new[] { "Tokayev", "konuştu", "." }));
    }

    [TestCase("6. hafta", "6.", TokenKind.Ordinal)]
    [TestCase("1.234,56 lira", "1.234,56", TokenKind.Number)]
    [TestCase("3,5 milyon", "3,5", TokenKind.Number)]
    [TestCase("%65 oranında", "%65", TokenKind.Percent)]
    [TestCase("%3,5 büyüme", "%3,5", TokenKind.Percent)]
    [TestCase("27.02.2026 tarihinde", "27.02.2026", TokenKind.Date)]
    [TestCase("2026-02-27 günü", "2026-02-27", TokenKind.Date)]
    [TestCase("27/02/2026 günü", "27/02/2026", TokenKind.Date)]
    [TestCase("saat 15:08 itibarıyla", "15:08", TokenKind.Time)]
    [TestCase("saat 15:08:59 itibarıyla", "15:08:59", TokenKind.Time)]
    [TestCase("https://www.aa.com.tr/tr/dunya adresinde", "https://www.aa.com.tr/tr/dunya", TokenKind.Url)]
    [TestCase("www.aa.com.tr adresinde", "www.aa.com.tr", TokenKind.Url)]
    [TestCase("aa.com.tr adresinde", "aa.com.tr", TokenKind.Url)]
    [TestCase("haber@aa.com.tr adresine", "haber@aa.com.tr", TokenKind.Email)]
    [TestCase("#SonDakika gelişme", "#SonDakika", TokenKind.Hashtag)]
    [TestCase("@aa_com_tr hesabı", "@aa_com_tr", TokenKind.Mention)]
    [TestCase("e-devlet hizmeti", "e-devlet", TokenKind.Word)]
    [TestCase("fiyat 5$ oldu", "$", TokenKind.Symbol)]
    public void Tokenize_RecognizesTokenKind(string text, string expectedText, TokenKind expectedKind)
    {
        Assert.That(TextsAndKinds(text), Does.Contain((expectedText, expectedKind)));
    }

    [Test]
    public void Tokenize_FindsEveryEmailAddressAfterMentionsAndFarFromEachOther()
    {
        var filler = string.Join(' ', Enumerable.Repeat("haberin ayrıntıları", 40));
        var text = $"@aa_com_tr hesabı ve ali@aa.com.tr ile veli@trt.net.tr, {filler} ayse.k@milliyet.com.tr; @ tek başına.";
        var emails = TextsAndKinds(text).Where(t => t.Kind == TokenKind.Email).Select(t => t.Text);
        Assert.That(emails, Is.EqualTo(new[] { "ali@aa.com.tr", "veli@trt.net.tr", "ayse.k@milliyet.com.tr" }));
    }

    [Test]
    public void Tokenize_UrlDropsTrailingSentencePunctuation()
    {
        Assert.That(Texts("Bkz. https://aa.com.tr/tr."), Is.EqualTo(new[] { "Bkz.", "https://aa.com.tr/tr", "." }));
    }

    /// <summary>
    /// Before a capital, a period after at most three digits is an ordinal when the capitalized word starts a name: a
    /// second capitalized word or an apostrophe suffix follows it. Otherwise the period ends a sentence.
    /// </summary>
    [TestCase("Yargıtay 6. Hukuk Dairesi", "6.", TokenKind.Ordinal)]
    [TestCase("2. Dünya Savaşı'nda", "2.", TokenKind.Ordinal)]
    [TestCase("takım 3. Lig'de", "3.", TokenKind.Ordinal)]
    [TestCase("İstanbul 123. Asliye Ceza", "123.", TokenKind.Ordinal)]
    [TestCase("yıl 2016. Yeni Yıl", "2016", TokenKind.Number)]
    [TestCase("Sayısı 12. Ardından geldi", "12", TokenKind.Number)]
    [TestCase("Sayısı 12. Ardından", "12", TokenKind.Number)]
    [TestCase("Sayısı 12. A B", "12.", TokenKind.Ordinal)]
    [TestCase("Sayısı 12. Ali'", "12", TokenKind.Number)]
    [TestCase("Sayısı 12. Ali'Veli", "12", TokenKind.Number)]
    [TestCase("İstanbul 3. İSTANBUL'DA", "3.", TokenKind.Ordinal)]
    [TestCase("Sayısı 12. Ali  Veli", "12", TokenKind.Number)]
    [TestCase("Sayısı 12. Ali veli", "12", TokenKind.Number)]
    [TestCase("Sayısı 12. (Ali Veli)", "12", TokenKind.Number)]
    [TestCase("1. Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Bey", "1.", TokenKind.Ordinal)]
    [TestCase("1. Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Bey", "1", TokenKind.Number)]
    public void Tokenize_OrdinalBeforeAName(string text, string expected, TokenKind kind)
    {
        Assert.That(TextsAndKinds(text).Where(t => char.IsAsciiDigit(t.Text[0])), Is.EqualTo(new[] { (expected, kind) }));
    }

    [Test]
    public void SplitSentences_OrdinalInsideANameDoesNotEndTheSentence()
    {
        var document = TurkishTokenizer.Default.Tokenize("Yargıtay 6. Hukuk Dairesi kararı bozdu. Sayısı 12. Ardından geldi.");
        Assert.That(document.Sentences.Select(s => document.Text[s.Start..s.End]),
            Is.EqualTo(new[] { "Yargıtay 6. Hukuk Dairesi kararı bozdu.", "Sayısı 12.", "Ardından geldi." }));
    }

    [Test]
    public void Tokenize_NumberBeforeSentenceEndIsNotOrdinal()
    {
        Assert.That(TextsAndKinds("Sayı 12. Ardından"), Is.EqualTo(new[]
        {
            ("Sayı", TokenKind.Word), ("12", TokenKind.Number), (".", TokenKind.Punctuation), ("Ardından", TokenKind.Word),
        }));
    }

    [Test]
    public void Tokenize_HandlesQuotesParenthesesDashesAndEllipses()
    {
        Assert.That(Texts("\"Biz (Kazakistan) – dedi… ve... sustu!\""), Is.EqualTo(new[]
        {
            "\"", "Biz", "(", "Kazakistan", ")", "–", "dedi", "…", "ve", "...", "sustu", "!", "\"",
        }));
    }

    [Test]
    public void Tokenize_KeepsCurlyQuotesAndGuillemetsSeparate()
    {
        Assert.That(Texts("“Ortak Bildiri”yi «imzaladı»"), Is.EqualTo(new[]
        {
            "“", "Ortak", "Bildiri", "”", "yi", "«", "imzaladı", "»",
        }));
    }

    [Test]
    public void Tokenize_AllCapsHeadline()
    {
        Assert.That(Texts("KAZAKİSTAN VE SIRBİSTAN ARASINDA İŞBİRLİĞİ"),
            Is.EqualTo(new[] { "KAZAKİSTAN", "VE", "SIRBİSTAN", "ARASINDA", "İŞBİRLİĞİ" }));
    }

    [Test]
    public void Tokenize_KeepsDecomposedDottedIInsideTheWord()
    {
        Assert.That(Texts("I\u0307STANBUL'DA"), Is.EqualTo(new[] { "I\u0307STANBUL", "'DA" }));
    }

    [Test]
    public void Tokenize_KeepsEmojiSequenceTogether()
    {
        Assert.That(TextsAndKinds("Tebrikler 👍🏽 🇹🇷!"), Is.EqualTo(new[]
        {
            ("Tebrikler", TokenKind.Word), ("👍🏽", TokenKind.Symbol), ("🇹🇷", TokenKind.Symbol), ("!", TokenKind.Punctuation),
        }));
    }

    [Test]
    public void Tokenize_OffsetsPointAtTheExactCharacters()
    {
        const string text = "  Kazakistan'a\r\nresmi ziyaret";
        var document = TurkishTokenizer.Default.Tokenize(text);
        Assert.That(document.Tokens, Is.EqualTo(new[]
        {
            new Token(2, 10, TokenKind.Word), new Token(12, 2, TokenKind.Suffix), new Token(16, 5, TokenKind.Word),
            new Token(22, 7, TokenKind.Word),
        }));
    }

    [TestCase("")]
    [TestCase("   \r\n\t ")]
    public void Tokenize_EmptyOrWhitespace_GivesNoTokens(string text)
    {
        var document = TurkishTokenizer.Default.Tokenize(text);
        Assert.That(document.Tokens, Is.Empty);
        Assert.That(document.Sentences, Is.Empty);
    }

    [Test]
    public void Tokenize_Null_Throws() => Assert.Throws<ArgumentNullException>(() => TurkishTokenizer.Default.Tokenize(null!));

    [Test]
    public void Tokenize_SpanOverloadAppendsToTheList()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        TurkishTokenizer.Default.Tokenize("Astana ile Belgrad", tokens);
        Assert.That(tokens, Has.Count.EqualTo(4));
    }
}
