using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Tokenization;

public class SentenceSplittingTests
{
    private static string[] Sentences(string text)
    {
        var document = TurkishTokenizer.Default.Tokenize(text);
        return document.Sentences.Select(document.GetText).ToArray();
    }

    [Test]
    public void SplitSentences_AtTerminalPunctuationBeforeCapital()
    {
        Assert.That(Sentences("Tokayev konuştu. Vucic dinledi! Ne dedi?"),
            Is.EqualTo(new[] { "Tokayev konuştu.", "Vucic dinledi!", "Ne dedi?" }));
    }

    [Test]
    public void SplitSentences_NotAfterTitleAbbreviationOrInitial()
    {
        Assert.That(Sentences("Prof. Dr. Ahmet Yılmaz ile K. Irak'a gitti."),
            Is.EqualTo(new[] { "Prof. Dr. Ahmet Yılmaz ile K. Irak'a gitti." }));
    }

    [Test]
    public void SplitSentences_AfterSentenceFinalAbbreviationBeforeCapital()
    {
        Assert.That(Sentences("Kitap, defter vb. Ardından okula gitti."),
            Is.EqualTo(new[] { "Kitap, defter vb.", "Ardından okula gitti." }));
    }

    [Test]
    public void SplitSentences_KeepsClosingQuoteWithItsSentence()
    {
        Assert.That(Sentences("\"Biz Sırbistan'ı önemli görüyoruz.\" dedi. Sonra ayrıldı."),
            Is.EqualTo(new[] { "\"Biz Sırbistan'ı önemli görüyoruz.\" dedi.", "Sonra ayrıldı." }));
    }

    [Test]
    public void SplitSentences_AtLineBreaksOfHeadlines()
    {
        Assert.That(Sentences("Kazakistan ve Sırbistan Arasında İşbirliği Zaptı\n\n27.02.2026 15:08\nKazakistan ve Sırbistan anlaştı."),
            Is.EqualTo(new[] { "Kazakistan ve Sırbistan Arasında İşbirliği Zaptı", "27.02.2026 15:08", "Kazakistan ve Sırbistan anlaştı." }));
    }

    [Test]
    public void SplitSentences_JoinsWrappedLineThatContinuesInLowercase()
    {
        Assert.That(Sentences("Tokayev ve Vucic\nbir araya geldi."), Is.EqualTo(new[] { "Tokayev ve Vucic\nbir araya geldi." }));
    }

    [Test]
    public void SplitSentences_NotBeforeLowercaseAfterEllipsis()
    {
        Assert.That(Sentences("Bekledi... ve sonra gitti."), Is.EqualTo(new[] { "Bekledi... ve sonra gitti." }));
    }

    [Test]
    public void SplitSentences_NotAfterOrdinal()
    {
        Assert.That(Sentences("Ligin 6. haftasında Galatasaray kazandı."), Has.Length.EqualTo(1));
    }

    /// <summary>A quote after a space opens the next sentence; only one glued to the terminal closes the sentence before it.</summary>
    [Test]
    public void SplitSentences_QuoteAfterASpace_OpensTheNextSentence()
    {
        Assert.That(Sentences("Ali geldi. \"Veli gitti.\" Sonra döndü."),
            Is.EqualTo(new[] { "Ali geldi.", "\"Veli gitti.\"", "Sonra döndü." }));
    }

    /// <summary>A Windows line break is one line break (a wrapped line that continues); two lone carriage returns are a blank line.</summary>
    [Test]
    public void SplitSentences_CarriageReturns_CountAsLineBreaks()
    {
        Assert.That(Sentences("Ali geldi\r\nve gitti"), Is.EqualTo(new[] { "Ali geldi\r\nve gitti" }));
        Assert.That(Sentences("Ali geldi\r\rve gitti"), Is.EqualTo(new[] { "Ali geldi", "ve gitti" }));
        Assert.That(Sentences("Ali geldi\r\n\r\nve gitti"), Is.EqualTo(new[] { "Ali geldi", "ve gitti" }));
    }
}
