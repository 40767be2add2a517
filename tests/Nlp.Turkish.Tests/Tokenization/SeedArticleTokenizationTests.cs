using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Tokenization;

public class SeedArticleTokenizationTests
{
    [Test]
    public void Tokenize_SeedArticle_SatisfiesTheOffsetInvariant()
    {
        var text = TestData.SeedArticle;
        Assert.That(TokenizerAssert.FindInvariantViolation(text, TurkishTokenizer.Default.Tokenize(text)), Is.Null);
    }

    [Test]
    public void Tokenize_SeedArticle_SplitsEveryApostropheSuffix()
    {
        var text = TestData.SeedArticle;
        var tokens = TurkishTokenizer.Default.Tokenize(text).Tokens;
        var words = tokens.Select(t => t.GetText(text)).ToList();

        Assert.That(words, Does.Not.Contain("Sırbistan'ı").And.Not.Contain("Astana'daki").And.Not.Contain("Vucic'i"));
        var astana = words.IndexOf("Astana");
        Assert.That(words[astana + 1], Is.EqualTo("'daki"));
        Assert.That(tokens[astana + 1].Kind, Is.EqualTo(TokenKind.Suffix));
        Assert.That(tokens.Count(t => t.Kind == TokenKind.Suffix), Is.EqualTo(text.Count(c => c == '\'')));
    }

    [Test]
    public void Tokenize_SeedArticle_FindsDateTimeAndNumbers()
    {
        var text = TestData.SeedArticle;
        var tokens = TurkishTokenizer.Default.Tokenize(text).Tokens.Select(t => (t.GetText(text), t.Kind)).ToList();
        Assert.That(tokens, Does.Contain(("27.02.2026", TokenKind.Date)));
        Assert.That(tokens, Does.Contain(("15:08", TokenKind.Time)));
        Assert.That(tokens, Does.Contain(("60", TokenKind.Number)));
        Assert.That(tokens, Does.Contain(("'tan", TokenKind.Suffix)));
        Assert.That(tokens, Does.Contain(("e-devlet", TokenKind.Word)));
    }

    [Test]
    public void Tokenize_SeedArticle_SplitsHeadlineDatelineAndBody()
    {
        var text = TestData.SeedArticle;
        var document = TurkishTokenizer.Default.Tokenize(text);
        var sentences = document.Sentences.Select(document.GetText).ToList();
        Assert.That(sentences, Does.Contain("Kazakistan ve Sırbistan Arasında İşbirliği Zaptı"));
        Assert.That(sentences, Does.Contain("27.02.2026 15:08"));
        Assert.That(sentences, Does.Contain("Kaynak:\u00A0AA"));
        Assert.That(sentences, Does.Contain("Tokayev ve Vucic, resmi tören sonrası baş başa görüşme gerçekleştirdi."));
    }

    [Test]
    public void SeedEntitiesFile_OffsetsNameTheirText()
    {
        var text = TestData.SeedArticle;
        var lines = File.ReadAllLines(Path.ChangeExtension(TestData.SeedArticlePath, ".entities.tsv")).Where(l => !l.StartsWith('#')).ToList();
        Assert.That(lines, Has.Count.GreaterThan(40));
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            var start = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            var end = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(text[start..end], Is.EqualTo(fields[3]), line);
        }
    }
}
