using Nlp.Turkish.Text;

namespace Nlp.Turkish.Tests.Text;

public class CaseSuffixesTests
{
    [TestCase("Dışişleri Bakanlığının", "Dışişleri Bakanlığı")]
    [TestCase("Ankara Belediyesine", "Ankara Belediyesi")]
    [TestCase("İstanbul Üniversitesinde", "İstanbul Üniversitesi")]
    [TestCase("Milli Eğitim Bakanlığından", "Milli Eğitim Bakanlığı")]
    [TestCase("Atina", "Atina")]
    [TestCase("Hazine", "Hazine")]
    [TestCase("Kasım Cömert Tokayev", "Kasım Cömert Tokayev")]
    [TestCase("TOKAYEV", "TOKAYEV")]
    public void BaseLength_DropsOnlyCompoundCaseEndings(string text, string expected) =>
        Assert.That(text[..CaseSuffixes.BaseLength(text)], Is.EqualTo(expected));
}
