using System.Text;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Tests.Tokenization;

/// <summary>
/// Randomized checks of the offset invariant: for any string, the tokens and the gaps between them reproduce the input
/// exactly, and sentences hold every token once. Strings mix Turkish words, suffixes, numbers, punctuation, emoji,
/// lone surrogates, control characters, combining marks and right-to-left script.
/// </summary>
public class TokenizerInvariantTests
{
    private static readonly string[] Fragments =
    [
        "Tokayev", "'in", "Kazakistan", "’da", "‘", "´", "`", "'", "İSTANBUL", "ırak", "I\u0307", "Dr.", "Prof", ".", "..",
        "...", "…", "T.C.", "A.Ş.", "K.", "vb.", "6.", "1.234,56", "%", "%65", "27.02.2026", "15:08", "3,5", ",", ":", ";",
        "\"", "“", "”", "«", "»", "(", ")", "[", "]", "-", "–", "—", "/", "@", "#", "http://", "www.", "aa.com.tr", "e-posta",
        "x@y.com", "👍", "🏽", "🇹🇷", "\u200D", "\uFE0F", "\uD800", "\uDC00", "\0", "\u0007", "\u001B", "\u0301", "\u0307",
        "\u200B", "\u00AD", "\uFEFF", "\u200F", "مرحبا", "שלום", "Москва", "東京", " ", " ", "  ", "\t", "\r\n", "\n", "\r", "\n\n",
        "\u00A0", "\u2028", "$", "₺", "€", "+", "=", "<", ">", "&", "_", "~", "^", "|", "\\", "*", "!", "?", "?!", "0", "9", "a",
    ];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Tokenize_ReproducesAnyInputExactly(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 4000; n++)
        {
            var text = Generate(random);
            var document = TurkishTokenizer.Default.Tokenize(text);
            var violation = TokenizerAssert.FindInvariantViolation(text, document);
            Assert.That(violation, Is.Null, $"seed {seed}, string {n}: {Escape(text)}");
        }
    }

    [TestCase(11)]
    [TestCase(12)]
    public void Tokenize_ReproducesRandomCharactersExactly(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x80) : (char)random.Next(0, 0x10000);
            }

            var text = new string(chars);
            var violation = TokenizerAssert.FindInvariantViolation(text, TurkishTokenizer.Default.Tokenize(text));
            Assert.That(violation, Is.Null, $"seed {seed}, string {n}: {Escape(text)}");
        }
    }

    private static string Generate(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 24);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
