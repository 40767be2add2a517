using Nlp.Turkish.Entities;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>From decoded labels to mentions: exact offsets, base forms, confidences equal to the span's marginal.</summary>
public class MentionBuilderTests
{
    private static readonly Lexicon Lexicon = new(new Dictionary<string, LexiconFlags>
    {
        ["türkiye"] = LexiconFlags.Country,
        ["cumhuriyet"] = LexiconFlags.ListedOrganization,
    });

    private static int Label(EntityType type, EntityLabels.Position position) => EntityLabels.Label(type, position);

    private static List<EntityMention> Build(string text, int[] labels, int offset = 0, int seed = 1)
    {
        var tokens = TurkishTokenizer.Default.Tokenize(text).Tokens.ToArray();
        Assert.That(tokens, Has.Length.EqualTo(labels.Length), "one label a token");
        var (chain, scores) = ChainEnumeration.RandomChain(seed, tokens.Length, spread: 1, temperature: 2f);
        var mentions = new List<EntityMention>();
        var marginals = new ChainMarginals();
        marginals.Compute(chain, scores, tokens.Length);
        var facts = new TokenFacts[tokens.Length];
        new FeatureExtractor(Lexicon).Describe(text, tokens, facts);
        MentionBuilder.Add(text, tokens, offset, labels, facts.Select(f => f.BaseCut).ToArray(), marginals, mentions);
        return mentions;
    }

    [Test]
    public void Add_CaseEndingWithoutApostrophe_IsDroppedFromTheBaseForm()
    {
        const string Text = "Dışişleri Bakanlığının açıklaması geldi.";
        int[] labels = [Label(EntityType.Organization, EntityLabels.Position.Begin), Label(EntityType.Organization, EntityLabels.Position.Last), 0, 0, 0];
        var mention = Build(Text, labels).Single();
        Assert.That((mention.Type, mention.Start, mention.Length, mention.End), Is.EqualTo((EntityType.Organization, 0, 22, 22)));
        Assert.That(mention.Text, Is.EqualTo("Dışişleri Bakanlığının"));
        Assert.That(mention.BaseForm, Is.EqualTo("Dışişleri Bakanlığı"));
        Assert.That((mention.FirstToken, mention.TokenCount), Is.EqualTo((0, 2)));
    }

    [Test]
    public void Add_NameBeforeAnApostropheSuffix_KeepsItsWholeText()
    {
        const string Text = "Kaya Bakanlığı'nın açıklaması";
        int[] labels = [Label(EntityType.Organization, EntityLabels.Position.Begin), Label(EntityType.Organization, EntityLabels.Position.Last), 0, 0];
        var mention = Build(Text, labels).Single();
        Assert.That((mention.Text, mention.BaseForm), Is.EqualTo(("Kaya Bakanlığı", "Kaya Bakanlığı")));
    }

    /// <summary>
    /// <c>Messina</c> looks like <c>Messi</c> with a dative ending; before an apostrophe suffix the name is whole, and
    /// only the split suffix is outside it.
    /// </summary>
    [Test]
    public void Add_NameThatLooksInflectedBeforeAnApostropheSuffix_IsItsOwnBaseForm()
    {
        const string Text = "Messina'da deprem";
        int[] labels = [Label(EntityType.Location, EntityLabels.Position.Unit), 0, 0];
        var mention = Build(Text, labels).Single();
        Assert.That((mention.Text, mention.BaseForm), Is.EqualTo(("Messina", "Messina")));
    }

    [Test]
    public void Add_MentionOnTheWindowsLastToken_IsKept()
    {
        const string Text = "Haberin kaynağı AA";
        int[] labels = [0, 0, Label(EntityType.Organization, EntityLabels.Position.Unit)];
        var mention = Build(Text, labels, offset: 40).Single();
        Assert.That((mention.Text, mention.Start, mention.FirstToken, mention.TokenCount), Is.EqualTo(("AA", 16, 42, 1)));
    }

    [Test]
    public void Add_AdjacentMentions_AreSeparate()
    {
        const string Text = "Ali Veli Ankara";
        int[] labels = [Label(EntityType.Person, EntityLabels.Position.Unit), Label(EntityType.Person, EntityLabels.Position.Unit), Label(EntityType.Location, EntityLabels.Position.Unit)];
        Assert.That(Build(Text, labels).Select(m => (m.Text, m.Type)), Is.EqualTo(new[]
        {
            ("Ali", EntityType.Person), ("Veli", EntityType.Person), ("Ankara", EntityType.Location),
        }));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Add_ScoreIsTheWholeSpansMarginalProbability(int seed)
    {
        const string Text = "Kasım Cömert Tokayev konuştu";
        int[] labels =
        [
            Label(EntityType.Person, EntityLabels.Position.Begin), Label(EntityType.Person, EntityLabels.Position.Inside),
            Label(EntityType.Person, EntityLabels.Position.Last), 0,
        ];
        var tokens = TurkishTokenizer.Default.Tokenize(Text).Tokens.ToArray();
        var (chain, scores) = ChainEnumeration.RandomChain(seed, tokens.Length, spread: 1, temperature: 2f);
        var mentions = new List<EntityMention>();
        var marginals = new ChainMarginals();
        marginals.Compute(chain, scores, tokens.Length);
        MentionBuilder.Add(Text, tokens, 0, labels, new byte[tokens.Length], marginals, mentions);

        var whole = ChainEnumeration.SpanProbability(chain, scores, tokens.Length, labels, 0, 2, 1.0 / chain.Temperature);
        var firstTokenOnly = ChainEnumeration.SpanProbability(chain, scores, tokens.Length, labels, 0, 0, 1.0 / chain.Temperature);
        Assert.That(Math.Abs(whole - firstTokenOnly), Is.GreaterThan(1e-3), "the test must tell the span from its first token");
        Assert.That(mentions.Single().Score, Is.EqualTo(MentionBuilder.Confidence(whole)).Within(1.5e-4));
    }

    [TestCase(0.0, MentionBuilder.MinScore)]
    [TestCase(1.0, MentionBuilder.MaxScore)]
    [TestCase(0.99996, MentionBuilder.MaxScore)]
    [TestCase(0.42424, 0.4242)]
    public void Confidence_IsFourDecimalsStrictlyInsideZeroAndOne(double probability, double expected) =>
        Assert.That(MentionBuilder.Confidence(probability), Is.EqualTo(expected));

    [TestCase("Türkiyede", EntityType.Location, 2, "Türkiye")]
    [TestCase("Gençlik Kulübünün", EntityType.Organization, 3, "Gençlik Kulübü")]
    [TestCase("Dışişleri Bakanlığının", EntityType.Organization, 0, "Dışişleri Bakanlığı")]
    [TestCase("Dışişleri Bakanlığının", EntityType.Organization, 2, "Dışişleri Bakanlığı")]
    [TestCase("Emine", EntityType.Person, 1, "Emine")]
    [TestCase("Emine", EntityType.Location, 1, "Emin")]
    [TestCase("Ab", EntityType.Location, 2, "Ab")]
    [TestCase("Türkiye", EntityType.Location, 0, "Türkiye")]
    public void BaseLength_DropsTheCompoundEndingElseTheLastWordsCutUnlessAPerson(string surface, EntityType type, int cut, string expected) =>
        Assert.That(surface[..MentionBuilder.BaseLength(surface, type, (byte)cut)], Is.EqualTo(expected));

    [Test]
    public void Add_OneLetterEndingAfterAKnownWord_IsTheCompoundMarkerAndStays()
    {
        const string Text = "Çek Cumhuriyeti seçime gidiyor.";
        int[] labels = [Label(EntityType.Location, EntityLabels.Position.Begin), Label(EntityType.Location, EntityLabels.Position.Last), 0, 0, 0];
        Assert.That(Build(Text, labels).Single().BaseForm, Is.EqualTo("Çek Cumhuriyeti"));
    }

    [Test]
    public void Add_BaseFormOfAPlaceWithAnEndingWithoutApostrophe_IsTheLexiconsPlace()
    {
        const string Text = "Türkiyede seçim var.";
        int[] labels = [Label(EntityType.Location, EntityLabels.Position.Unit), 0, 0, 0];
        var mention = Build(Text, labels).Single();
        Assert.That((mention.Text, mention.BaseForm), Is.EqualTo(("Türkiyede", "Türkiye")));
    }
}
