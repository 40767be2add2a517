using Nlp.Turkish.Entities;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>What the feature templates see of a word: lexicon flags of a suffixed stem, clusters, particles.</summary>
public class FeatureExtractorTests
{
    private static readonly Lexicon Lexicon = new(
        new Dictionary<string, LexiconFlags>
        {
            ["türkiye"] = LexiconFlags.Country,
            ["valiliği"] = LexiconFlags.OrganizationHead,
            ["kitap"] = LexiconFlags.CommonWord,
            ["von"] = LexiconFlags.NameParticle,
        },
        new Dictionary<string, ushort> { ["egea"] = WordCluster.Path(12, 3, 5), ["fiat"] = WordCluster.Path(12, 3, 6) },
        secondClusters: new Dictionary<string, ushort> { ["egea"] = WordCluster.Path(40, 1, 2), ["reina"] = WordCluster.Path(7, 7, 7) });

    private static TokenFacts Describe(string text, int token = 0)
    {
        var tokens = TurkishTokenizer.Default.Tokenize(text).Tokens.ToArray();
        var facts = new TokenFacts[tokens.Length];
        new FeatureExtractor(Lexicon).Describe(text, tokens, facts);
        return facts[token];
    }

    [TestCase("Türkiyede", (int)LexiconFlags.Country)]
    [TestCase("Türkiyenin", (int)LexiconFlags.Country)]
    [TestCase("TÜRKİYEDEKİ", (int)LexiconFlags.Country)]
    [TestCase("Valiliğinden", (int)LexiconFlags.OrganizationHead)]
    [TestCase("kitapta", (int)LexiconFlags.CommonWord)]
    public void SuffixedFlags_AreTheFlagsOfTheStemBeforeACaseEnding(string word, int expected)
    {
        var facts = Describe(word);
        Assert.That(facts.SuffixedFlags, Is.EqualTo((LexiconFlags)expected));
        Assert.That(facts.Flags, Is.EqualTo(LexiconFlags.None));
    }

    [TestCase("Türkiye'de")]
    [TestCase("Türk")]
    [TestCase("Eve")]
    public void SuffixedFlags_AreNoneWithoutAStemOfThreeLettersWithFlags(string word) =>
        Assert.That(Describe(word).SuffixedFlags, Is.EqualTo(LexiconFlags.None));

    [Test]
    public void Flags_OfTheWordItself_ComeFromTheLexicon()
    {
        Assert.That(Describe("Türkiye'de").Flags, Is.EqualTo(LexiconFlags.Country));
        Assert.That(Describe("Ursula von der Leyen", 1).Flags, Is.EqualTo(LexiconFlags.NameParticle));
    }

    [Test]
    public void Cluster_IsTheWordsPathInAnyCase()
    {
        Assert.That(Describe("Egea").Cluster, Is.EqualTo(new WordCluster(WordCluster.StoredForm(WordCluster.Path(12, 3, 5)))));
        Assert.That(Describe("EGEA").Cluster, Is.EqualTo(Describe("Egea").Cluster));
        Assert.That(Describe("Fiat").Cluster.Middle, Is.EqualTo(Describe("Egea").Cluster.Middle));
        Assert.That(Describe("Tokayev").Cluster.Exists, Is.False);
    }

    [Test]
    public void ClusterFeatures_AreOwnAndNeighbourFeaturesOfClusteredWords()
    {
        var with = new ulong[FeatureExtractor.MaxFeaturesPerToken];
        var without = new ulong[FeatureExtractor.MaxFeaturesPerToken];
        var fiat = Describe("Fiat");
        var unknown = Describe("Egeo");
        var count = FeatureExtractor.OwnFeatures(fiat, with);
        var countWithout = FeatureExtractor.OwnFeatures(unknown, without);
        Assert.That(count, Is.EqualTo(countWithout + 4), "top, middle, leaf, leaf with casing");
        Assert.That(with[..count], Does.Contain(FeatureHash.Feature((int)FeatureTemplate.ClusterLeaf, fiat.Cluster.Leaf)));
        Assert.That(FeatureExtractor.NeighbourFeatures(fiat, Neighbour.Previous, with), Is.EqualTo(FeatureExtractor.NeighbourFeatures(unknown, Neighbour.Previous, without) + 1));
        Assert.That(with, Does.Contain(FeatureHash.Feature((int)FeatureTemplate.ClusterPrev, fiat.Cluster.Middle)));
    }

    [Test]
    public void SecondCluster_IsLookedUpApartFromTheFirst()
    {
        Assert.That(Describe("Egea").SecondCluster, Is.EqualTo(new WordCluster(WordCluster.StoredForm(WordCluster.Path(40, 1, 2)))));
        Assert.That(Describe("Egea").Cluster, Is.EqualTo(new WordCluster(WordCluster.StoredForm(WordCluster.Path(12, 3, 5)))));
        Assert.That(Describe("Reina'da").SecondCluster, Is.EqualTo(new WordCluster(WordCluster.StoredForm(WordCluster.Path(7, 7, 7)))));
        Assert.That(Describe("Reina").Cluster.Exists, Is.False);
        Assert.That(Describe("Fiat").SecondCluster.Exists, Is.False);
    }

    [Test]
    public void SecondClusterFeatures_AreOwnAndNeighbourFeaturesOfWordsInIt()
    {
        var with = new ulong[FeatureExtractor.MaxFeaturesPerToken];
        var without = new ulong[FeatureExtractor.MaxFeaturesPerToken];
        var reina = Describe("Reina");
        var unknown = Describe("Reino");
        var count = FeatureExtractor.OwnFeatures(reina, with);
        Assert.That(count, Is.EqualTo(FeatureExtractor.OwnFeatures(unknown, without) + 3), "top, middle, leaf");
        Assert.That(with[..count], Does.Contain(FeatureHash.Feature((int)FeatureTemplate.SecondClusterLeaf, reina.SecondCluster.Leaf)));
        count = FeatureExtractor.NeighbourFeatures(reina, Neighbour.Next, with);
        Assert.That(count, Is.EqualTo(FeatureExtractor.NeighbourFeatures(unknown, Neighbour.Next, without) + 1));
        Assert.That(with[..count], Does.Contain(FeatureHash.Feature((int)FeatureTemplate.SecondClusterNext, reina.SecondCluster.Middle)));
        count = FeatureExtractor.NeighbourFeatures(reina, Neighbour.Previous, with);
        Assert.That(with[..count], Does.Contain(FeatureHash.Feature((int)FeatureTemplate.SecondClusterPrev, reina.SecondCluster.Middle)));
    }

    [TestCase("Türkiyede", 2)]
    [TestCase("TÜRKİYEDEKİ", 4)]
    [TestCase("Valiliğinden", 4)]
    [TestCase("Türkiye", 0)]
    [TestCase("türkiyede", 0)]
    [TestCase("Kitapta", 0)]
    [TestCase("Tokayev", 0)]
    [TestCase("Valiliği", 0)]
    [TestCase("Türkiyeyi", 2)]
    public void BaseCut_IsTheEndingAfterAKnownPlaceOrHeadOfACapitalizedWord(string word, int expected) =>
        Assert.That(Describe(word).BaseCut, Is.EqualTo((byte)expected));
}
