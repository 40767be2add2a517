using System.Text;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Reliability;

/// <summary>
/// Tokenizing is linear in the input length, checked by counting the characters the tokenizer examines (its Debug
/// build counts them), not by the clock: for each adversarial pattern, 8 times the input may cost at most 8 times the
/// steps plus a small margin. A look-ahead that rescans from every token grows quadratically and fails.
/// </summary>
[SkipInMutationRun]
public class LinearTimeTests
{
    private static readonly string[] Units =
    [
        "Tokayev'in Astana'da. ", "a", "ab.", "a.", "A.", "A'B", "AB'CD", "a-", "1.2,", "12:3", "1.", "%1", "#a", "@a", "a@", "www.a",
        "http://a.b/", "aa.com.tr.", "x@y.", "!?", "...", "👍🏽", "\u200D👍", "I\u0307", "\uD800", "مرحبا ", "'", "’a", "Dr.", "T.C.",
        "1. Ab Cd ", "1. Ab'c ", "1. " + new string('A', 50),
    ];

    [TestCaseSource(nameof(Units))]
    public void Tokenize_StepsGrowLinearlyWithInput(string unit)
    {
        var small = Steps(Repeat(unit, 2_000));
        var large = Steps(Repeat(unit, 16_000));
        if (small == 0)
        {
            TestData.Skip("operation counting is compiled into Debug builds only.");
        }

        Assert.That(large, Is.LessThanOrEqualTo((small * 8) + (small / 4) + 64), $"unit '{unit}': {small} steps for 2,000 repeats, {large} for 16,000");
    }

    [Test]
    public void Tokenize_StepsPerCharacterStayBoundedOnRandomText()
    {
        var random = new Random(31);
        var builder = new StringBuilder();
        while (builder.Length < 200_000)
        {
            builder.Append(Units[random.Next(Units.Length)]);
        }

        var text = builder.ToString();
        var steps = Steps(text);
        if (steps == 0)
        {
            TestData.Skip("operation counting is compiled into Debug builds only.");
        }

        Assert.That(steps, Is.LessThanOrEqualTo(text.Length * 4L), $"{steps} steps for {text.Length} characters");
    }

    private static long Steps(string text)
    {
        var tokens = new List<Token>();
        ScanSteps.Reset();
        TurkishTokenizer.Default.Tokenize(text, tokens);
        return ScanSteps.Count;
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
