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
    [TestCase("Milli Savunma Bakanlığındaki", "Milli Savunma Bakanlığı")]
    [TestCase("Hakkari Valiliğindeki", "Hakkari Valiliği")]
    [TestCase("Emniyet Müdürlüğünden", "Emniyet Müdürlüğü")]
    [TestCase("Türk Ordusunun", "Türk Ordusu")]
    [TestCase("Ankara Garının", "Ankara Garının")]
    [TestCase("Gençlik Kulübünün", "Gençlik Kulübünün")]
    [TestCase("Hastane Koridorunun", "Hastane Koridorunun")]
    [TestCase("İstanbul Valiliğinin", "İstanbul Valiliği")]
    [TestCase("Türk Tarih Kurumunun", "Türk Tarih Kurumunun")]
    [TestCase("Türk Tarih Kurumu Başkanlığının", "Türk Tarih Kurumu Başkanlığı")]
    [TestCase("Gümrük Müdürlüğünün", "Gümrük Müdürlüğü")]
    [TestCase("Kent Müzesinde", "Kent Müzesi")]
    [TestCase("Kızılay Şubesine", "Kızılay Şubesi")]
    [TestCase("Kara Kuvvetleri Komutanlığına", "Kara Kuvvetleri Komutanlığı")]
    [TestCase("Türk Ordusuna", "Türk Ordusu")]
    [TestCase("Vatan Sokağı Müdürlüğüne", "Vatan Sokağı Müdürlüğü")]
    [TestCase("Ayasofya Camisini", "Ayasofya Camisi")]
    [TestCase("Gümrük Müdürlüğünü", "Gümrük Müdürlüğü")]
    [TestCase("Harbiye Ordusunu", "Harbiye Ordusu")]
    [TestCase("Ankara Sarayını", "Ankara Sarayını")]
    [TestCase("Akdeniz Ordusundan", "Akdeniz Ordusu")]
    [TestCase("Gençlik Kulübüne", "Gençlik Kulübüne")]
    [TestCase("Yasına", "Yası")]
    [TestCase("Asına", "Asına")]
    [TestCase("Sına", "Sına")]
    [TestCase("", "")]
    public void BaseLength_DropsOnlyCompoundCaseEndings(string text, string expected) =>
        Assert.That(text[..CaseSuffixes.BaseLength(text)], Is.EqualTo(expected));
}
