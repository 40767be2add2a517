using System.Text;
using Nlp.Turkish.Tests.Tokenization;

namespace Nlp.Turkish.Tests.Reliability;

/// <summary>Randomized Turkish-like text through the recognizer (fixed seeds): no exception, offsets exact.</summary>
public class RecognizerInvariantTests
{
    private static readonly string[] Fragments =
    [
        "Tokayev", "'in", "Kasım Cömert", "Astana", "’da", "Sırbistan", "AA", "TBMM", "Cumhurbaşkanı", "İSTANBUL'DA", "ırak",
        "ve", "ile", "dedi", ".", ",", "\"", "(", ")", "-", "…", "Dr.", "T.C.", "27.02.2026", "15:08", "%65", "6.", "\n", "\n\n",
        " ", " ", " ", "\t", "\r\n", "👍", "\uD800", "\0", "\u0307", "\u200B", "Москва", "مرحبا", "e-posta", "x@y.com", "www.aa.com.tr",
    ];

    [TestCase(21)]
    [TestCase(22)]
    [TestCase(23)]
    public void Analyze_RandomText_KeepsEveryOffsetExact(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 1500; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 40);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var text = builder.ToString();
            var document = EntityRecognizer.Default.Analyze(text);
            Assert.That(TokenizerAssert.FindInvariantViolation(text, document), Is.Null, $"seed {seed}, string {n}");
            foreach (var entity in document.Entities)
            {
                Assert.That(text.Substring(entity.Start, entity.Length), Is.EqualTo(entity.Text), $"seed {seed}, string {n}");
                Assert.That(entity.BaseForm.Length, Is.InRange(1, entity.Length), $"seed {seed}, string {n}");
                Assert.That(entity.Score, Is.InRange(0.0, 1.0), $"seed {seed}, string {n}");
            }
        }
    }
}
