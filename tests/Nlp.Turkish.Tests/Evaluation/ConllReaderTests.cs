using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>
/// The CoNLL reader's contract: a malformed line is an <see cref="InvalidDataException"/> naming the input and line,
/// conlleval's two lenient readings are warned about once, and nothing else ever escapes.
/// </summary>
public class ConllReaderTests
{
    private static (List<ConllSentence> Sentences, List<string> Warnings) Read(string input, bool requireTags = true)
    {
        var warnings = new List<string>();
        return (ConllReader.Read(new StringReader(input), requireTags, "gold.conll", warnings.Add), warnings);
    }

    private static string ErrorOf(string input, bool requireTags = true) =>
        Assert.Throws<InvalidDataException>(() => Read(input, requireTags))!.Message;

    [Test]
    public void Read_WellFormedFile_GivesWordsTagsAndSentences()
    {
        var (sentences, warnings) = Read("-DOCSTART- O\n\nAli\tB-PERSON\nVeli\tI-PERSON\ngeldi\tO\n\nAnkara   B-LOC\n");
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "Ali", "Veli", "geldi" }));
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "B-PERSON", "I-PERSON", "O" }));
        Assert.That(sentences[1].Words, Is.EqualTo(new[] { "Ankara" }));
        Assert.That(sentences[1].Tags, Is.EqualTo(new[] { "B-LOC" }));
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void Read_TabSeparatedToken_MayHoldSpaces()
    {
        var (sentences, _) = Read("New York\tB-LOCATION\n");
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "New York" }));
    }

    [TestCase("Ali\tB-PERSON\n Veli\tI-PERSON\ngeldi\tO\n", 2, "token column is empty")]
    [TestCase("Ali\tB-PERSON\n\tI-PERSON\n", 2, "token column is empty")]
    [TestCase("Ali\tB-MISC\n", 1, "unknown entity type 'MISC'")]
    [TestCase("Ali\tb-location\n", 1, "unknown tag 'b-location'")]
    [TestCase("Ali\tO\nVeli\tXYZ\n", 2, "unknown tag 'XYZ'")]
    [TestCase("Ali\tB-\n", 1, "unknown tag 'B-'")]
    [TestCase("Ali\n", 1, "expected a token and a tag")]
    [TestCase("Ali\tx\tB-PERSON\ngeldi\tO\n", 2, "2 columns where line 1 has 3")]
    [TestCase("Ali\tO\n\u0000\u0001\u0002garbage\tO\n", 2, "control character (U+0000)")]
    [TestCase("Ali\tO\nVeli\u007F\tO\n", 2, "control character (U+007F)")]
    [TestCase("[PER Kutan ] , kendileri\n", 1, "bracket-annotated text")]
    public void Read_MalformedLine_NamesTheInputAndLine(string input, int line, string expected)
    {
        var message = ErrorOf(input);
        Assert.That(message, Does.StartWith($"gold.conll:{line}: "));
        Assert.That(message, Does.Contain(expected));
    }

    [Test]
    public void Read_C1ControlCharacterInAToken_IsKeptAsTheCorporaHaveThem()
    {
        var (sentences, _) = Read("\u009Drem\tB-PERSON\n");
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "\u009Drem" }));
    }

    [Test]
    public void Read_BinaryGarbage_QuotesNoRawControlCharactersAndStaysShort()
    {
        var garbage = "PK\u0003\u0004" + new string('\u0007', 500) + "\tO\n";
        var message = ErrorOf(garbage);
        Assert.That(message.Any(c => char.IsControl(c)), Is.False);
        Assert.That(message.Length, Is.LessThan(200));
    }

    [TestCase("")]
    [TestCase("\n\n  \n")]
    [TestCase("-DOCSTART- O\n")]
    public void Read_NoSentences_IsRefusedWhenTagsAreRequired(string input)
    {
        Assert.That(ErrorOf(input), Does.StartWith("gold.conll: no sentences"));
        Assert.That(Read(input, requireTags: false).Sentences, Is.Empty);
    }

    [Test]
    public void Read_TrailingWhiteSpace_IsIgnoredWithOneWarning()
    {
        var (sentences, warnings) = Read("Ali\tB-PERSON \nVeli\tI-PERSON\t\ngeldi\tO \n");
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "B-PERSON", "I-PERSON", "O" }));
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith("gold.conll:1: warning: white space after the last column is ignored"));
    }

    [Test]
    public void Read_InsideTagThatContinuesNothing_IsReadAsAStartWithOneWarning()
    {
        var (sentences, warnings) = Read("Ali\tO\nVeli\tI-PERSON\nAnkara\tB-LOCATION\nKaya\tI-PERSON\n\nAnkara\tI-LOCATION\n");
        Assert.That(sentences[0].Tags, Is.EqualTo(new[] { "O", "I-PERSON", "B-LOCATION", "I-PERSON" }));
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith("gold.conll:2: warning: 'I-PERSON' does not continue an entity of its type"));
        Assert.That(Nlp.Turkish.Entities.Iob2Tags.Chunks(sentences[0].Tags!), Is.EquivalentTo(new[]
        {
            (1, 2, EntityType.Person), (2, 3, EntityType.Location), (3, 4, EntityType.Person),
        }));
    }

    [Test]
    public void Read_UnlabelledInput_TakesAnyColumnsButStillRefusesAnEmptyTokenColumn()
    {
        var (sentences, _) = Read("Tokayev\nAstana x y z\n", requireTags: false);
        Assert.That(sentences[0].Words, Is.EqualTo(new[] { "Tokayev", "Astana" }));
        Assert.That(sentences[0].Tags, Is.Null);
        Assert.That(ErrorOf("Tokayev\n Astana\n", requireTags: false), Does.StartWith("gold.conll:2: the token column is empty"));
    }

    [Test]
    public void Read_InvalidUtf8File_IsRefusedWithItsLine()
    {
        using var file = new TemporaryFile([.. "Ali\tO\n"u8, 0xC3, 0x28, .. "\tO\n"u8], ".conll");
        var message = Assert.Throws<InvalidDataException>(() => ConllReader.Read(file.Path, requireTags: true))!.Message;
        Assert.That(message, Does.StartWith($"{file.Path}:").And.Contain("not valid UTF-8"));
        var line = int.Parse(message[(file.Path.Length + 1)..message.IndexOf(':', file.Path.Length + 1)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(line, Is.InRange(1, 2), "the line read when the decoder met the byte, counted from 1");
    }

    [Test]
    public void OpenFile_SkipsAUtf8ByteOrderMark()
    {
        using var file = new TemporaryFile([0xEF, 0xBB, 0xBF, .. "Ali\tB-PERSON\n"u8], ".conll");
        Assert.That(ConllReader.Read(file.Path, requireTags: true)[0].Words, Is.EqualTo(new[] { "Ali" }));
    }

    [Test]
    public void Read_LineWithoutATag_IsQuotedWholeUpToSixtyCharactersThenCut()
    {
        var sixty = new string('a', 60);
        Assert.That(ErrorOf(sixty + "\n"), Does.EndWith($"found '{sixty}'"));
        Assert.That(ErrorOf(sixty + "b\n"), Does.EndWith($"found '{sixty}…'"));
        Assert.That(ErrorOf("Ali\u0085\n"), Does.EndWith("found 'Ali\\u0085'"), "a C1 control is shown escaped");
    }

    /// <summary>
    /// Random lines over an alphabet of the characters and pieces that matter (tabs, spaces, control characters, tag
    /// shapes, brackets): the reader returns sentences whose words and tags are non-empty and valid, or throws an
    /// <see cref="InvalidDataException"/> that names the input and a line; nothing else.
    /// </summary>
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Read_RandomInput_EitherReadsValidSentencesOrNamesALine(int seed)
    {
        string[] pieces = ["Ali", "Ankara", "'da", "\t", " ", "  ", "\n", "\n\n", "O", "B-PERSON", "I-PERSON", "B-LOC", "I-ORG", "B-MISC", "b-person",
            "B-", "-", "\u0000", "\u0085", "\r", "[PER ", "]", "-DOCSTART-", "İ", "\u200B", "\uFEFF"];
        var random = new Random(seed);
        for (var round = 0; round < 2000; round++)
        {
            var input = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var requireTags in new[] { true, false })
            {
                try
                {
                    foreach (var sentence in ConllReader.Read(new StringReader(input), requireTags, "random"))
                    {
                        Assert.That(sentence.Words, Has.All.Not.Empty.And.Matches<string>(w => w is not null && !char.IsWhiteSpace(w[0])), Describe(seed, input));
                        if (requireTags)
                        {
                            Assert.That(sentence.Tags, Has.Length.EqualTo(sentence.Words.Count), Describe(seed, input));
                            Assert.That(Nlp.Turkish.Entities.Iob2Tags.Chunks(sentence.Tags!).Count, Is.EqualTo(sentence.Tags!.Count(t => t[0] == 'B') + StrayInsides(sentence.Tags!)),
                                Describe(seed, input));
                        }
                    }
                }
                catch (InvalidDataException e)
                {
                    Assert.That(e.Message, Does.Match(@"^random(:\d+)?: "), Describe(seed, input));
                }
            }
        }
    }

    /// <summary>The I- tags that start an entity: after O, another type, or a sentence's start.</summary>
    private static int StrayInsides(string[] tags) =>
        Enumerable.Range(0, tags.Length).Count(i => tags[i][0] == 'I' && (i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != tags[i][2..]));

    private static string Describe(int seed, string input) => $"seed {seed}, input {System.Text.Json.JsonSerializer.Serialize(input)}";
}
