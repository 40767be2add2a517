using System.Text;
using Nlp.Turkish.Tests.Tokenization;

namespace Nlp.Turkish.Tests.Reliability;

/// <summary>
/// Broken and adversarial text through the whole pipeline: every token and entity offset stays inside the input and
/// on the characters it names. The inputs are large (up to about 1 MB) and shaped to hit repeated look-ahead (dotted
/// chains, apostrophe chains, e-mail-like runs), so a quadratic path shows up as a test that does not finish.
/// </summary>
[SkipInMutationRun]
public class PathologicalInputTests
{
    private static IEnumerable<TestCaseData> Inputs()
    {
        yield return Case("one 1 MB token", new string('a', 1_000_000));
        yield return Case("1 MB of punctuation", Repeat(".,;:!?()\"'-", 100_000));
        yield return Case("dotted word chain", Repeat("ab.", 300_000));
        yield return Case("e-mail-like chain", Repeat("a.", 400_000) + "@x");
        yield return Case("apostrophe chain", Repeat("A'B", 300_000));
        yield return Case("all-caps apostrophe chain", Repeat("AB'CD", 200_000));
        yield return Case("number chain", Repeat("1.2,", 250_000));
        yield return Case("hyphen chain", Repeat("a-", 400_000));
        yield return Case("initials chain", Repeat("A.", 400_000));
        yield return Case("lone surrogates", Repeat("\uD800a\uDC00 ", 100_000));
        yield return Case("NUL and control characters", Repeat("Tokayev\0\u0001\u001B\u007F", 50_000));
        yield return Case("emoji", Repeat("👍🏽🇹🇷👨‍👩‍👧 ", 50_000));
        yield return Case("combining marks", Repeat("I\u0307STANBUL\u0301\u0301 ", 50_000));
        yield return Case("right-to-left and mixed scripts", Repeat("مرحبا Tokayev שלום Москва ", 20_000));
        yield return Case("CRLF and CR line ends", Repeat("Tokayev Astana'da.\r\nVucic geldi.\r", 20_000));
        yield return Case("one long sentence", Repeat("Tokayev ve Vucic Astana ", 40_000));
        yield return Case("BOM inside text", "\uFEFFTokayev\uFEFF'in\uFEFF");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Analyze_PathologicalInput_KeepsEveryOffsetExact(string text)
    {
        var document = EntityRecognizer.Default.Analyze(text);
        Assert.That(TokenizerAssert.FindInvariantViolation(text, document), Is.Null);
        foreach (var entity in document.Entities)
        {
            Assert.That(entity.Start, Is.GreaterThanOrEqualTo(0));
            Assert.That(entity.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(text.Substring(entity.Start, entity.Length), Is.EqualTo(entity.Text));
            Assert.That(entity.Score, Is.InRange(0.0, 1.0));
        }
    }

    [Test]
    public void Analyze_LongSentence_StillFindsNames()
    {
        var text = Repeat("Tokayev, Astana'da konuştu ve ", 5_000);
        var entities = EntityRecognizer.Default.Analyze(text).Entities;
        Assert.That(entities.Count(e => e.Text == "Astana"), Is.GreaterThan(4_000));
    }

    private static TestCaseData Case(string name, string text) => new TestCaseData(text).SetName($"Analyze_PathologicalInput_KeepsEveryOffsetExact({name})");

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
