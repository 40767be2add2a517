using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Tokenization;

/// <summary>The abbreviation list's format: one form with its period a line, <c>final</c> when it may end a sentence.</summary>
public class AbbreviationTableTests
{
    [Test]
    public void Parse_ReadsFormsAndWhetherTheyMayEndASentence()
    {
        var table = AbbreviationTable.Parse(new StringReader("# comment\n\nDr.\n  vb. final  \nT.C.\nK.\n"));
        Assert.That(table.TryGet("Dr", out var drEnds) && !drEnds, Is.True);
        Assert.That(table.TryGet("vb", out var vbEnds) && vbEnds, Is.True);
        Assert.That(table.TryGet("T.C", out _), Is.True);
        Assert.That(table.TryGet("K", out _), Is.True, "a one-letter form");
        Assert.That(table.TryGet("Prof", out _), Is.False);
    }

    [TestCase("Dr\n")]
    [TestCase(".\n")]
    [TestCase("vb final\n")]
    public void Parse_FormWithoutItsPeriod_IsRefusedByName(string list)
    {
        var e = Assert.Throws<InvalidDataException>(() => AbbreviationTable.Parse(new StringReader(list)));
        Assert.That(e!.Message, Does.StartWith($"Abbreviation '{list.Split(' ', '\n')[0]}' must end with a period."));
    }
}
