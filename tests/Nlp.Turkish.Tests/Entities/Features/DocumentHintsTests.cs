using Nlp.Turkish.Entities;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>What stage two learns of a token's document: the type its word was tagged elsewhere, and a sports report.</summary>
public class DocumentHintsTests
{
    private static (Token[] Tokens, DocumentHint[] Hints) Hints(string text, params (string Word, EntityType Type)[] tagged)
    {
        var tokens = TurkishTokenizer.Default.Tokenize(text).Tokens.ToArray();
        var lowers = tokens.Select(t => FeatureHash.OfLower(t.GetSpan(text))).ToArray();
        var labels = tokens.Select(t => tagged.FirstOrDefault(x => x.Word == t.GetSpan(text).ToString()) is { Word: not null } x
            ? EntityLabels.Label(x.Type, EntityLabels.Position.Unit) : EntityLabels.Outside).ToArray();
        var hints = new DocumentHint[tokens.Length];
        DocumentHints.Compute(text, tokens, labels, lowers, hints);
        return (tokens, hints);
    }

    private static DocumentHint HintOf(string text, (Token[] Tokens, DocumentHint[] Hints) result, string word, int occurrence = 0) =>
        result.Hints[result.Tokens.Select((t, i) => (t, i)).Where(x => x.t.GetSpan(text).SequenceEqual(word)).ElementAt(occurrence).i];

    [Test]
    public void Compute_WordTaggedElsewhere_HintsItsTypeAndWhetherThisTokenWasTagged()
    {
        const string Text = "Reina dün açıldı. Kulüp sahibi Reina için konuştu.";
        var result = Hints(Text, ("Reina", EntityType.Location));
        Assert.That(HintOf(Text, result, "Reina"), Is.EqualTo(DocumentHint.TaggedLocation));
        Assert.That(HintOf(Text, result, "dün"), Is.EqualTo(DocumentHint.None));
        Assert.That(HintOf(Text, result, "Kulüp"), Is.EqualTo(DocumentHint.None), "not a sports report");
    }

    [Test]
    public void Compute_SportsReport_FlagsItsCapitalizedWords()
    {
        // maçta, deplasmanda, gol, takım: four words of sports reports (three make one).
        const string Text = "Efes Pilsen maçta deplasmanda Zadar'ı yendi. Son dakikada gol atan takım Zagreb'e gidecek.";
        var result = Hints(Text, ("Zagreb", EntityType.Location));
        Assert.That(HintOf(Text, result, "Zadar"), Is.EqualTo(DocumentHint.InSports));
        Assert.That(HintOf(Text, result, "Efes"), Is.EqualTo(DocumentHint.InSports));
        Assert.That(HintOf(Text, result, "Zagreb"), Is.EqualTo(DocumentHint.TaggedLocation | DocumentHint.InSports));
        Assert.That(HintOf(Text, result, "yendi"), Is.EqualTo(DocumentHint.None), "lowercase words take no flag");
        Assert.That(HintOf(Text, result, "'ı"), Is.EqualTo(DocumentHint.None), "nor suffixes");
    }

    [Test]
    public void Compute_TwoSportsWords_AreNotASportsReport_Three_Are()
    {
        Assert.That(DocumentHints.SportsThreshold, Is.EqualTo(3));
        const string Two = "Efes Pilsen maçta deplasmanda Zadar'ı yendi. Sonra Zagreb'e gitti.";
        Assert.That(Hints(Two).Hints, Is.All.EqualTo(DocumentHint.None));
        const string Three = "Efes Pilsen maçta deplasmanda Zadar'ı yendi. Sonra takım Zagreb'e gitti.";
        var three = Hints(Three);
        Assert.That(HintOf(Three, three, "Zadar"), Is.EqualTo(DocumentHint.InSports));
        Assert.That(HintOf(Three, three, "takım"), Is.EqualTo(DocumentHint.None), "lowercase words take no flag");
    }

    [Test]
    public void HintFeatures_OfAHintWithoutTheFlag_KeepTheirKeys_AndTheFlagAddsThreeMore()
    {
        var lower = FeatureHash.OfLower("zagreb");
        const byte Caps = 2;
        var plain = new ulong[FeatureExtractor.MaxHintFeatures];
        var flagged = new ulong[FeatureExtractor.MaxHintFeatures];
        var alone = new ulong[FeatureExtractor.MaxHintFeatures];
        Assert.That(FeatureExtractor.HintFeatures(lower, Caps, DocumentHint.TaggedLocation, plain), Is.EqualTo(3));
        Assert.That(plain[..3], Is.EqualTo(new[]
        {
            FeatureHash.Feature((int)FeatureTemplate.Hint, (ulong)DocumentHint.TaggedLocation),
            FeatureHash.Feature((int)FeatureTemplate.HintCaps, (ulong)DocumentHint.TaggedLocation, Caps),
            FeatureHash.Feature((int)FeatureTemplate.HintLower, (ulong)DocumentHint.TaggedLocation, lower),
        }));
        Assert.That(FeatureExtractor.HintFeatures(lower, Caps, DocumentHint.TaggedLocation | DocumentHint.InSports, flagged), Is.EqualTo(6));
        Assert.That(flagged[..3], Is.EqualTo(plain[..3]));
        Assert.That(flagged[3], Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.Hint, (ulong)(DocumentHint.TaggedLocation | DocumentHint.InSports))));
        Assert.That(FeatureExtractor.HintFeatures(lower, Caps, DocumentHint.InSports, alone), Is.EqualTo(3));
        Assert.That(alone[0], Is.EqualTo(FeatureHash.Feature((int)FeatureTemplate.Hint, (ulong)DocumentHint.InSports)));
    }
}
