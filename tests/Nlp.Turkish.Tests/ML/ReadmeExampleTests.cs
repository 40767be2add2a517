using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;
using Nlp.Turkish.ML;

namespace Nlp.Turkish.Tests.ML;

/// <summary>
/// The README's ML.NET example is this file's <see cref="Example"/> body, word for word: the test compiles it, runs it,
/// and checks that the README still shows exactly it.
/// </summary>
[SkipInMutationRun]
public partial class ReadmeExampleTests
{
    [Test]
    public void Example_Runs_AndPredictsTopicsAsText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}.zip");
        try
        {
            var topics = Example(path);
            Assert.That(topics, Has.Length.EqualTo(4));
            Assert.That(topics, Has.All.AnyOf("politics", "economy"));
            Assert.That(File.Exists(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Readme_ShowsTheExampleWordForWord()
    {
        var source = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "tests", "Nlp.Turkish.Tests", "ML", "ReadmeExampleTests.cs"));
        var body = Region().Match(source).Groups[1].Value;
        var example = string.Join('\n', body.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()).Select(l => l.TrimEnd('\r'))).Trim();
        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.That(readme, Does.Contain(example), "the README's ML.NET example has drifted from this test");
    }

    private static string[] Example(string modelPath)
    {
        // README begin
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new Article[]
        {
            new() { Body = "Tokayev, Astana'da Sırbistan Cumhurbaşkanı Vucic ile görüştü.", Topic = "politics" },
            new() { Body = "Cumhurbaşkanı Erdoğan, Moskova'da Putin ile bir araya geldi.", Topic = "politics" },
            new() { Body = "Merkez Bankası faiz oranını yüzde 45'te sabit tuttu.", Topic = "economy" },
            new() { Body = "Türk Hava Yolları yeni uçak siparişini açıkladı.", Topic = "economy" },
        });
        var pipeline = ml.ExtractTurkishEntities(inputColumnName: "Body")
            .Append(ml.Transforms.Text.FeaturizeText("BodyFeatures", "Body"))
            .Append(ml.Transforms.Text.FeaturizeText("EntityFeatures", new(), "Persons", "Locations", "Organizations"))
            .Append(ml.Transforms.Concatenate("Features", "BodyFeatures", "EntityFeatures"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Label", "Topic"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedTopic", "PredictedLabel"));
        var model = pipeline.Fit(data);
        var topics = model.Transform(data).GetColumn<string>("PredictedTopic").ToArray();
        ml.Model.Save(model, data.Schema, modelPath);

        // Loading, in this process or another: the saved model names Nlp.Turkish.ML, and ML.NET loads it by that name.
        var loaded = new MLContext().Model.Load(modelPath, out _);
        // README end
        Assert.That(loaded, Is.Not.Null);
        return topics;
    }

    [GeneratedRegex(@"// README begin\r?\n(.*?)\r?\n\s*// README end", RegexOptions.Singleline)]
    private static partial Regex Region();

    /// <summary>A row of the example's data.</summary>
    public sealed class Article
    {
        public string Body { get; set; } = "";

        public string Topic { get; set; } = "";
    }
}
