using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>
/// The parts of the model file's contract that live in code, not in the file (<c>docs/model-format.md</c>): the hash
/// functions, the template ids, the dense index layout, the label order. A trained model stores hashed keys, so a change
/// to any of these silently breaks every model while its magic, version and checksum still pass; these golden values
/// make such a change fail here, and the format document says to bump the version with it.
/// </summary>
public class ModelContractTests
{
    [Test]
    public void FeatureHash_GoldenValues() => Assert.Multiple(() =>
    {
        Assert.That(FeatureHash.Of("Tokayev"), Is.EqualTo(7443454088134168606UL));
        Assert.That(FeatureHash.Of(""), Is.EqualTo(17665956581633026203UL));
        Assert.That(FeatureHash.OfLower("İSTANBUL"), Is.EqualTo(13873905562759094820UL));
        Assert.That(FeatureHash.Combine(1, 2), Is.EqualTo(10211918243636759288UL));
        Assert.That(FeatureHash.Feature((int)FeatureTemplate.Word, FeatureHash.Of("Tokayev")), Is.EqualTo(9875892527948582410UL));
        Assert.That(FeatureHash.Feature((int)FeatureTemplate.LowerPrevLower, FeatureHash.Of("sırbistan"), FeatureHash.Of("cumhurbaşkanı")), Is.EqualTo(10463267681574417997UL));
        Assert.That(FeatureHash.Feature((int)FeatureTemplate.ShapeTrigram, 1, 2, 3), Is.EqualTo(7750221115057741852UL));
    });

    [Test]
    public void FeatureTemplates_KeepTheirIds()
    {
        var expected = new Dictionary<FeatureTemplate, int>
        {
            [FeatureTemplate.Bias] = 1,
            [FeatureTemplate.Word] = 2,
            [FeatureTemplate.Lower] = 3,
            [FeatureTemplate.Shape] = 4,
            [FeatureTemplate.Prefix] = 5,
            [FeatureTemplate.Suffix] = 10,
            [FeatureTemplate.Kind] = 15,
            [FeatureTemplate.CapsAtStart] = 16,
            [FeatureTemplate.CapsInStyle] = 17,
            [FeatureTemplate.LowerPrev] = 18,
            [FeatureTemplate.LowerPrev2] = 19,
            [FeatureTemplate.LowerNext] = 20,
            [FeatureTemplate.LowerNext2] = 21,
            [FeatureTemplate.LowerPrevLower] = 22,
            [FeatureTemplate.LowerLowerNext] = 23,
            [FeatureTemplate.ShapeTrigram] = 24,
            [FeatureTemplate.CapsTrigram] = 25,
            [FeatureTemplate.NextSuffixCaps] = 26,
            [FeatureTemplate.NextSuffix] = 27,
            [FeatureTemplate.Flag] = 28,
            [FeatureTemplate.FlagCaps] = 29,
            [FeatureTemplate.FlagPrev] = 30,
            [FeatureTemplate.FlagNext] = 31,
            [FeatureTemplate.Ending] = 32,
            [FeatureTemplate.StemState] = 33,
            [FeatureTemplate.Phrase] = 34,
            [FeatureTemplate.LowerPrevCaps] = 35,
            [FeatureTemplate.CapsLowerNext] = 36,
            [FeatureTemplate.LengthCaps] = 37,
            [FeatureTemplate.Hint] = 38,
            [FeatureTemplate.HintCaps] = 39,
            [FeatureTemplate.HintLower] = 40,
            [FeatureTemplate.WordPrev] = 41,
            [FeatureTemplate.CapsPrevLower] = 42,
            [FeatureTemplate.SuffixedFlag] = 43,
            [FeatureTemplate.SuffixedFlagCaps] = 44,
            [FeatureTemplate.ClusterTop] = 45,
            [FeatureTemplate.ClusterMiddle] = 46,
            [FeatureTemplate.ClusterLeaf] = 47,
            [FeatureTemplate.ClusterLeafCaps] = 48,
            [FeatureTemplate.ClusterPrev] = 49,
            [FeatureTemplate.ClusterNext] = 50,
            [FeatureTemplate.SecondClusterTop] = 51,
            [FeatureTemplate.SecondClusterMiddle] = 52,
            [FeatureTemplate.SecondClusterLeaf] = 53,
            [FeatureTemplate.SecondClusterPrev] = 54,
            [FeatureTemplate.SecondClusterNext] = 55,
        };
        Assert.That(Enum.GetValues<FeatureTemplate>().ToDictionary(t => t, t => (int)t), Is.EqualTo(expected));
    }

    [Test]
    public void ValueEnumerations_KeepTheirValues()
    {
        Assert.That(Enum.GetValues<CapsClass>().Select(v => (int)v), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
        Assert.That(Enum.GetValues<StemState>().Select(v => (int)v), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        Assert.That(Enum.GetValues<SentenceStyle>().Select(v => (int)v), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(Enum.GetValues<PhrasePosition>().Select(v => (int)v), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(Enum.GetValues<DocumentHint>().Select(v => (int)v), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5, 6, 8 }), "8 a flag on the others");
        Assert.That(Enum.GetValues<Neighbour>().Select(v => (int)v), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(Enum.GetValues<TokenKind>().Select(v => (int)v), Is.EqualTo(Enumerable.Range(0, 14)), "TokenKind is hashed into the Kind feature");
        Assert.That(Enum.GetValues<LexiconFlags>().Select(v => (int)v), Is.EqualTo(new[]
        {
            0, 1 << 0, 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7, 1 << 8, 1 << 9, 1 << 10, 1 << 11, 1 << 12, 1 << 13, 1 << 14, 1 << 15,
        }), "the Flag templates hash the bit number");
        var cluster = new WordCluster(WordCluster.StoredForm(WordCluster.Path(5, 3, 7)));
        Assert.That((cluster.Top, cluster.Middle, cluster.Leaf), Is.EqualTo((5UL, (5UL << 3) | 3, (5UL << 6) | (3 << 3) | 7)));
        Assert.That(WordCluster.None.Exists, Is.False);
    }

    [Test]
    public void LabelOrder_IsOThenBiluPerType()
    {
        var names = Enumerable.Range(0, EntityLabels.Count).Select(EntityLabels.Name);
        Assert.That(names, Is.EqualTo(new[]
        {
            "O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON", "B-LOCATION", "I-LOCATION", "L-LOCATION", "U-LOCATION",
            "B-ORGANIZATION", "I-ORGANIZATION", "L-ORGANIZATION", "U-ORGANIZATION",
        }));
    }

    [Test]
    public void DenseIndexes_DecodeToTheirTemplatesAndValues()
    {
        Assert.That(DenseFeatures.Count, Is.EqualTo(632));
        Assert.That(DenseFeatures.ContextPositions, Is.EqualTo(0b110_0010_0011));
        Assert.That(DenseFeatures.Key(DenseFeatures.CapsAtStart((byte)CapsClass.Title, atStart: true)),
            Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.CapsAtStart, (ulong)CapsClass.Title, 1)));
        Assert.That(DenseFeatures.Key(DenseFeatures.CapsInStyle((byte)CapsClass.Upper, SentenceStyle.Headline)),
            Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.CapsInStyle, (ulong)CapsClass.Upper, (ulong)SentenceStyle.Headline)));
        Assert.That(DenseFeatures.Key(DenseFeatures.CapsTrigram((byte)CapsClass.Lower, (byte)CapsClass.Title, (byte)CapsClass.Mixed)),
            Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.CapsTrigram, (ulong)CapsClass.Lower, (ulong)CapsClass.Title, (ulong)CapsClass.Mixed)));
        Assert.That(DenseFeatures.Key(DenseFeatures.NextSuffixCaps(suffixFollows: true, (byte)CapsClass.Title)),
            Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.NextSuffixCaps, 1, (ulong)CapsClass.Title)));
        Assert.That(DenseFeatures.Key(DenseFeatures.StemStateCaps(StemState.Partial, (byte)CapsClass.Lower)),
            Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.StemState, (ulong)StemState.Partial, (ulong)CapsClass.Lower)));
        var keys = Enumerable.Range(0, DenseFeatures.Count).Select(DenseFeatures.Key).ToList();
        Assert.That(keys.Distinct().Count(), Is.EqualTo(DenseFeatures.Count), "every index its own feature");
    }
}
