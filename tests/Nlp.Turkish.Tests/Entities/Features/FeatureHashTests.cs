using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

public class FeatureHashTests
{
    [TestCase("arasında")]
    [TestCase("ı")]
    [TestCase("kazakistan")]
    public void OfPrefixes_EqualsTheHashOfEachPrefix(string word)
    {
        var prefixes = new ulong[word.Length];
        FeatureHash.OfPrefixes(word, prefixes);
        for (var k = 1; k <= word.Length; k++)
        {
            Assert.That(prefixes[k - 1], Is.EqualTo(FeatureHash.Of(word.AsSpan(0, k))), word[..k]);
        }
    }

    [Test]
    public void OfLower_EqualsTheHashOfTheTurkishLowercase() =>
        Assert.That(FeatureHash.OfLower("IRAK'TA"), Is.EqualTo(FeatureHash.Of("ırak'ta")));
}
