using System.Text;
using System.Text.Json;

namespace Nlp.Turkish.Tests.Cli;

/// <summary>
/// <c>nlp-tr tag --offsets</c>: the same mentions in UTF-16 units, code points or UTF-8 bytes, each checked against
/// that unit's own slicing of the text (Rune counting and byte slicing here, Python's str and bytes where python3 exists).
/// </summary>
public class OffsetTests
{
    // Astral characters (emoji) before the names, a combining mark inside one, a two-byte letter in the other.
    private const string Text = "😀😀 Erdoğan, İ\u0307stanbul'da 🇹🇷 konuştu. Tokayev, Astana'da.";

    private static List<(string Text, int Start, int End, string? Unit)> Tag(string unit, string text = Text)
    {
        using var file = new TemporaryFile(text, ".txt");
        var (exitCode, stdout, stderr) = CliRunner.Run(null, "tag", file.Path, "--offsets", unit);
        Assert.That(exitCode, Is.Zero, stderr);
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return (root.GetProperty("text").GetString()!, root.GetProperty("start").GetInt32(), root.GetProperty("end").GetInt32(),
                root.TryGetProperty("offsets", out var u) ? u.GetString() : null);
        }).ToList();
    }

    [Test]
    public void Utf16_IsTheDefault_AndSlicesTheString()
    {
        var mentions = Tag("utf16");
        Assert.That(mentions.Select(m => m.Text), Does.Contain("Erdoğan").And.Contain("Tokayev"));
        Assert.That(mentions.All(m => Text[m.Start..m.End] == m.Text && m.Unit is null));
    }

    [Test]
    public void CodePoints_SliceTheRunes()
    {
        var runes = Text.EnumerateRunes().ToArray();
        var mentions = Tag("codepoints");
        Assert.That(mentions, Is.Not.Empty);
        foreach (var m in mentions)
        {
            Assert.That(string.Concat(runes[m.Start..m.End].Select(r => r.ToString())), Is.EqualTo(m.Text));
            Assert.That(m.Unit, Is.EqualTo("codepoints"));
        }

        Assert.That(mentions.First(m => m.Text == "Erdoğan").Start, Is.EqualTo(3), "two emoji and a space before it");
    }

    [Test]
    public void Utf8_SliceTheBytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        var mentions = Tag("utf8");
        Assert.That(mentions, Is.Not.Empty);
        foreach (var m in mentions)
        {
            Assert.That(Encoding.UTF8.GetString(bytes[m.Start..m.End]), Is.EqualTo(m.Text));
            Assert.That(m.Unit, Is.EqualTo("utf8"));
        }
    }

    [Test]
    public void ALongText_WhosePairsStraddleTheConvertersCheckpoints_StillSlicesExactly()
    {
        // 4,096-unit checkpoints: an odd-length line of emoji and names repeated puts surrogate pairs across them.
        var text = string.Concat(Enumerable.Repeat("😀 Erdoğan, İstanbul'da 🇹🇷 konuştu. ", 400));
        var runes = text.EnumerateRunes().ToArray();
        var bytes = Encoding.UTF8.GetBytes(text);
        var byCodePoints = Tag("codepoints", text);
        var byBytes = Tag("utf8", text);
        Assert.That(byCodePoints, Has.Count.GreaterThan(700));
        Assert.That(byBytes, Has.Count.EqualTo(byCodePoints.Count));
        Assert.That(byCodePoints.All(m => string.Concat(runes[m.Start..m.End].Select(r => r.ToString())) == m.Text));
        Assert.That(byBytes.All(m => Encoding.UTF8.GetString(bytes[m.Start..m.End]) == m.Text));
    }

    [Test]
    public void Python_SlicesTheSameMentions()
    {
        if (!ProcessRunnerHasPython())
        {
            TestData.Skip("python3 is not installed: the .NET slicing tests above cover the units");
        }

        foreach (var (unit, slice) in new[] { ("codepoints", "t[s:e]"), ("utf8", "t.encode('utf-8')[s:e].decode('utf-8')") })
        {
            using var textFile = new TemporaryFile(Text, ".txt");
            var spans = string.Join(",", Tag(unit).Select(m => $"({m.Start},{m.End})"));
            var script = $"import sys\nt = open(sys.argv[1], encoding='utf-8').read()\nprint('|'.join({slice} for s, e in [{spans}]))";
            var run = ProcessRunner.Run("python3", ["-c", script, textFile.Path], timeout: TimeSpan.FromSeconds(30));
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That(run.Stdout.Trim(), Is.EqualTo(string.Join("|", Tag(unit).Select(m => m.Text))), unit);
        }
    }

    [Test]
    public void UnknownUnit_OrANonJsonFormat_IsRefused()
    {
        using var file = new TemporaryFile(Text, ".txt");
        var (exitCode, _, stderr) = CliRunner.Run(null, "tag", file.Path, "--offsets", "bytes");
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("unknown offset unit 'bytes'"));
        (exitCode, _, stderr) = CliRunner.Run(null, "tag", file.Path, "--offsets", "utf8", "--format", "text");
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("--offsets applies to the JSON formats"));
    }

    private static bool ProcessRunnerHasPython()
    {
        try
        {
            return ProcessRunner.Run("python3", ["--version"], timeout: TimeSpan.FromSeconds(10)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
