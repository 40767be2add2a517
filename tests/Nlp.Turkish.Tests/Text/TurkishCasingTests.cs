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
    public void ToUpper_SpanOverload_ThrowsWhenDestinationIsTooShort()
    {
        var destination = new char[2];
        var e = Assert.Throws<ArgumentException>(() => TurkishCasing.ToUpper("ırak", destination));
        Assert.That(e!.ParamName, Is.EqualTo("destination"));
        Assert.That(e.Message, Does.StartWith("The destination buffer is shorter than the source text."));
    }

    [Test]
    public void SpanOverloads_WriteIntoALongerDestination()
    {
        var destination = new char[10];
        Assert.That(TurkishCasing.ToLower("IRAK", destination), Is.EqualTo(4));
        Assert.That(new string(destination, 0, 4), Is.EqualTo("ırak"));
        Assert.That(TurkishCasing.ToUpper("irak", destination), Is.EqualTo(4));
        Assert.That(new string(destination, 0, 4), Is.EqualTo("İRAK"));
    }

    [Test]
    public void ToLower_LongText_UsesTheSameRules()
    {
        var text = string.Concat(Enumerable.Repeat("IRAK İZMİR ", 40));
        Assert.That(TurkishCasing.ToLower(text), Is.EqualTo(string.Concat(Enumerable.Repeat("ırak izmir ", 40))));
    }

    [Test]
    public void ToLower_NullString_Throws() => Assert.Throws<ArgumentNullException>(() => TurkishCasing.ToLower(null!));

    [Test]
    public void ToUpper_NullString_Throws() => Assert.Throws<ArgumentNullException>(() => TurkishCasing.ToUpper(null!));

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

    /// <summary>Every capital of the Turkish alphabet (and the circumflexed vowels) with its lowercase letter.</summary>
    private static readonly (char Upper, char Lower)[] Alphabet =
    [
        ('A', 'a'), ('B', 'b'), ('C', 'c'), ('Ç', 'ç'), ('D', 'd'), ('E', 'e'), ('F', 'f'), ('G', 'g'), ('Ğ', 'ğ'), ('H', 'h'),
        ('I', 'ı'), ('İ', 'i'), ('J', 'j'), ('K', 'k'), ('L', 'l'), ('M', 'm'), ('N', 'n'), ('O', 'o'), ('Ö', 'ö'), ('P', 'p'),
        ('R', 'r'), ('S', 's'), ('Ş', 'ş'), ('T', 't'), ('U', 'u'), ('Ü', 'ü'), ('V', 'v'), ('Y', 'y'), ('Z', 'z'),
        ('Q', 'q'), ('W', 'w'), ('X', 'x'), ('Â', 'â'), ('Î', 'î'), ('Û', 'û'),
    ];

    [Test]
    public void EveryCapital_LowersUppersAndIsClassifiedByTurkishRules()
    {
        foreach (var (upper, lower) in Alphabet)
        {
            Assert.That(TurkishCasing.ToLower(upper), Is.EqualTo(lower), $"ToLower('{upper}')");
            Assert.That(TurkishCasing.ToUpper(lower), Is.EqualTo(upper), $"ToUpper('{lower}')");
            Assert.That(TurkishCasing.IsUpper(upper), Is.True, $"IsUpper('{upper}')");
            Assert.That(TurkishCasing.IsUpper(lower), Is.False, $"IsUpper('{lower}')");
            Assert.That(TurkishCasing.IsLower(lower), Is.True, $"IsLower('{lower}')");
            Assert.That(TurkishCasing.IsLower(upper), Is.False, $"IsLower('{upper}')");
            Assert.That(TurkishCasing.ToLower(lower), Is.EqualTo(lower), $"ToLower('{lower}') is itself");
            Assert.That(TurkishCasing.ToUpper(upper), Is.EqualTo(upper), $"ToUpper('{upper}') is itself");
        }

        var capitals = new string(Alphabet.Select(p => p.Upper).ToArray());
        var lowers = new string(Alphabet.Select(p => p.Lower).ToArray());
        Assert.That(TurkishCasing.ToLower(capitals), Is.EqualTo(lowers));
        Assert.That(TurkishCasing.ToUpper(lowers), Is.EqualTo(capitals));
    }

    [Test]
    public void EveryAsciiCharacterThatIsNotALetter_IsLeftAsItIsAndIsNeitherCase()
    {
        for (var c = '\0'; c < '\u0080'; c++)
        {
            if (char.IsAsciiLetter(c))
            {
                continue;
            }

            Assert.That((TurkishCasing.ToLower(c), TurkishCasing.ToUpper(c)), Is.EqualTo((c, c)), $"U+{(int)c:X4}");
            Assert.That(TurkishCasing.IsUpper(c) || TurkishCasing.IsLower(c), Is.False, $"U+{(int)c:X4}");
        }
    }

    [TestCase("ÇAĞDAŞ", "çağdaş")]
    [TestCase("ÖZGÜR ÜNAL", "özgür ünal")]
    [TestCase("ŞIRNAK", "şırnak")]
    [TestCase("ĞĞ", "ğğ")]
    public void ToLower_TurkishCapitalsAtEveryPosition(string input, string expected) =>
        Assert.That(TurkishCasing.ToLower(input), Is.EqualTo(expected));

    [TestCase('\'')]
    [TestCase('\u2019')]
    [TestCase('\u2018')]
    [TestCase('\u00B4')]
    [TestCase('`')]
    [TestCase('\u02BC')]
    public void Apostrophes_RecognizesEveryVariant(char c) => Assert.That(Apostrophes.IsApostrophe(c), Is.True);

    [TestCase('"')]
    [TestCase('\u201C')]
    [TestCase('\u201D')]
    [TestCase('-')]
    [TestCase(',')]
    [TestCase('.')]
    [TestCase('a')]
    [TestCase(' ')]
    [TestCase('\u02BB')]
    [TestCase('\u2032')]
    public void Apostrophes_RefusesQuotesAndOtherMarks(char c) => Assert.That(Apostrophes.IsApostrophe(c), Is.False);
}
