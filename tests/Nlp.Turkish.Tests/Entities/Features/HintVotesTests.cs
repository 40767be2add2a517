using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Tests.Entities;

/// <summary>The document hints' reusable vote table counts like a dictionary, across resets and growth.</summary>
public class HintVotesTests
{
    [Test]
    public void Votes_MatchADictionary_AcrossResetsAndGrowth()
    {
        var random = new Random(3);
        var votes = new HintVotes();
        foreach (var words in new[] { 10, 5000, 40, 0, 300 })
        {
            var expected = new Dictionary<ulong, int[]>();

            // Room made for a tenth of the words: the table grows as they come.
            votes.Reset(words / 10);
            for (var v = 0; v < words; v++)
            {
                // Few distinct keys, some colliding in the low bits the table probes by.
                var key = (ulong)random.Next(words / 2 + 1) << (random.Next(2) * 32);
                var type = random.Next(3);
                votes.Add(key, (EntityType)type);
                (expected.TryGetValue(key, out var counts) ? counts : expected[key] = new int[3])[type]++;
            }

            Assert.That(votes.Count, Is.EqualTo(expected.Count), $"{words} votes");
            foreach (var (key, counts) in expected)
            {
                Assert.That(votes.TryGet(key, out var actual), Is.True);
                Assert.That(actual, Is.EqualTo((counts[0], counts[1], counts[2])), $"key {key}");
            }

            Assert.That(votes.TryGet(ulong.MaxValue, out _), Is.False);
        }
    }
}
