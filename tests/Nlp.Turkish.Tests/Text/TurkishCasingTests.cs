using Nlp.Turkish.Text;

namespace Nlp.Turkish.Tests.Text;

public class TurkishCasingTests
{
    [TestCase("IRAK", "ırak")]
    [TestCase("İSTANBUL", "istanbul")]
    [TestCase("Işık Irmak", "ışık ırmak")]
    [TestCase("ÇĞÖŞÜ", "çğöşü")]
    [TestCase("ABD", "abd")]
    [TestCase("", "")]
    public void ToLower_FollowsTurkishRules(string input, string expected) =>
        Assert.That(TurkishCasing.ToLower(input), Is.EqualTo(expected));

    [TestCase("istanbul", "İSTANBUL")]
    [TestCase("ırak", "IRAK")]
    [TestCase("diyarbakır", "DİYARBAKIR")]
    [TestCase("çğöşü", "ÇĞÖŞÜ")]
    public void ToUpper_FollowsTurkishRules(string input, string expected) =>
        Assert.That(TurkishCasing.ToUpper(input), Is.EqualTo(expected));

    [Test]
    public void ToLower_FoldsDecomposedDottedCapitalI()
    {
        Assert.That(TurkishCasing.ToLower("I\u0307STANBUL"), Is.EqualTo("istanbul"));
    }

    [Test]
    public void ToLower_SpanOverload_ThrowsWhenDestinationIsTooShort()
    {
        var destination = new char[2];
        Assert.Throws<ArgumentException>(() => TurkishCasing.ToLower("IRAK", destination));
    }

    [Test]
    public void ToLower_NullString_Throws() => Assert.Throws<ArgumentNullException>(() => TurkishCasing.ToLower(null!));

    [TestCase("TOKAYEV", true)]
    [TestCase("T.C.", true)]
    [TestCase("Tokayev", false)]
    [TestCase("123", false)]
    public void IsAllUpper_NeedsLettersAndNoLowercase(string input, bool expected) =>
        Assert.That(TurkishCasing.IsAllUpper(input), Is.EqualTo(expected));

    [TestCase("Astana", true)]
    [TestCase("İzmir", true)]
    [TestCase("ABD", false)]
    [TestCase("astana", false)]
    public void IsTitleCase_RecognizesCapitalizedWords(string input, bool expected) =>
        Assert.That(TurkishCasing.IsTitleCase(input), Is.EqualTo(expected));

    [TestCase('\'')]
    [TestCase('\u2019')]
    [TestCase('\u2018')]
    [TestCase('\u00B4')]
    [TestCase('`')]
    public void Apostrophes_RecognizesEveryVariant(char c) => Assert.That(Apostrophes.IsApostrophe(c), Is.True);
}
