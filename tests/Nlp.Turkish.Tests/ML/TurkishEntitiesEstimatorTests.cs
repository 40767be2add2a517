using Microsoft.ML;
using Microsoft.ML.Data;
using Nlp.Turkish.ML;

namespace Nlp.Turkish.Tests.ML;

/// <summary>The entity estimator inside real ML.NET pipelines: columns, training, prediction, save and load.</summary>
public class TurkishEntitiesEstimatorTests
{
    private static readonly NewsItem[] News =
    [
        new("diplomasi", "Tokayev, Astana'da Sırbistan Cumhurbaşkanı Vucic ile görüştü."),
        new("diplomasi", "Dışişleri Bakanı Ahmet Yılmaz, Berlin'de Alman mevkidaşıyla bir araya geldi."),
        new("diplomasi", "Cumhurbaşkanı Erdoğan, Moskova'da Putin ile ikili ilişkileri ele aldı."),
        new("diplomasi", "Vucic, Belgrad'da Kazakistan heyetini kabul etti."),
        new("diplomasi", "Başbakan Mesut Yılmaz, Washington'da Clinton ile görüştü."),
        new("diplomasi", "Tokayev ve Vucic, Astana'da ortak bildiri imzaladı."),
        new("diplomasi", "Kasım Cömert Tokayev, Paris'te Macron tarafından karşılandı."),
        new("diplomasi", "Süleyman Demirel, Bakü'de Haydar Aliyev ile bir araya geldi."),
        new("diplomasi", "Bakan Hikmet Çetin, Atina'da Yunan mevkidaşıyla görüştü."),
        new("diplomasi", "Putin, Ankara'da Türkiye ile enerji anlaşmasını değerlendirdi."),
        new("ekonomi", "Merkez Bankası faiz oranını yüzde 45'te sabit tuttu."),
        new("ekonomi", "Borsa İstanbul günü yükselişle tamamladı."),
        new("ekonomi", "Türk Hava Yolları yeni uçak siparişini açıkladı."),
        new("ekonomi", "Ziraat Bankası kredi faizlerini düşürdü."),
        new("ekonomi", "Koç Holding üçüncü çeyrek kârını açıkladı."),
        new("ekonomi", "TÜSİAD enflasyon raporunu yayımladı."),
        new("ekonomi", "Turkcell yeni yatırım planını duyurdu."),
        new("ekonomi", "İş Bankası dijital bankacılık hizmetini genişletti."),
        new("ekonomi", "Aselsan ihracat sözleşmesi imzaladığını bildirdi."),
        new("ekonomi", "Halkbank konut kredisi kampanyası başlattı."),
    ];

    [Test]
    public void ExtractTurkishEntities_AddsEntityColumns()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(News);
        var transformed = ml.ExtractTurkishEntities(nameof(NewsItem.Body), "Entities.").Fit(data).Transform(data);

        var persons = transformed.GetColumn<VBuffer<ReadOnlyMemory<char>>>("Entities.Persons").First();
        var locations = transformed.GetColumn<VBuffer<ReadOnlyMemory<char>>>("Entities.Locations").First();
        Assert.That(persons.DenseValues().Select(v => v.ToString()), Is.EqualTo(new[] { "Tokayev", "Vucic" }));
        Assert.That(locations.DenseValues().Select(v => v.ToString()), Is.EqualTo(new[] { "Astana", "Sırbistan" }));
        Assert.That(transformed.Schema["Entities.Organizations"].Type, Is.InstanceOf<VectorDataViewType>());
    }

    [Test]
    public void EntityColumns_HoldTheBaseFormsOfEachRowsEntitiesByType()
    {
        var ml = new MLContext(seed: 1);
        NewsItem[] rows =
        [
            new("ekonomi", "Türk Hava Yolları ile Ziraat Bankası, Ankara'da anlaşma imzaladı."),
            new("diplomasi", "Cumhurbaşkanı Kasım Cömert Tokayev, Astana'da Vucic ile görüştü."),
            new("boş", "Bugün hava güzel."),
        ];
        var data = ml.Data.LoadFromEnumerable(rows);
        var transformed = ml.ExtractTurkishEntities(nameof(NewsItem.Body)).Fit(data).Transform(data);
        string[][] Column(string name) => transformed.GetColumn<VBuffer<ReadOnlyMemory<char>>>(name)
            .Select(v => v.DenseValues().Select(m => m.ToString()).ToArray()).ToArray();

        Assert.That(Column(nameof(TurkishEntityRow.Organizations)), Is.EqualTo(new[] { new[] { "Türk Hava Yolları", "Ziraat Bankası" }, [], [] }));
        Assert.That(Column(nameof(TurkishEntityRow.Locations)), Is.EqualTo(new[] { new[] { "Ankara" }, ["Astana"], [] }));
        Assert.That(Column(nameof(TurkishEntityRow.Persons)), Is.EqualTo(new[] { Array.Empty<string>(), ["Kasım Cömert Tokayev", "Vucic"], [] }));
    }

    [Test]
    public void Map_FillsEachColumnWithTheRowsEntitiesInTextOrder()
    {
        var output = new TurkishEntityRow();
        TurkishEntityMappingFactory.Map(new TurkishTextRow { Text = "Türk Hava Yolları ile Ziraat Bankası, Ankara'da anlaşma imzaladı." }, output);
        Assert.That(output.Organizations, Is.EqualTo(new[] { "Türk Hava Yolları", "Ziraat Bankası" }));
        Assert.That(output.Locations, Is.EqualTo(new[] { "Ankara" }));
        Assert.That(output.Persons, Is.Empty);
    }

    [Test]
    public void Map_OfARowWithoutText_GivesEmptyColumns_AndRefusesNullRows()
    {
        var output = new TurkishEntityRow { Persons = ["x"], Locations = ["x"], Organizations = ["x"] };
        TurkishEntityMappingFactory.Map(new TurkishTextRow { Text = null }, output);
        Assert.That(output.Persons, Is.Empty);
        Assert.That(output.Locations, Is.Empty);
        Assert.That(output.Organizations, Is.Empty);
        Assert.Throws<ArgumentNullException>(() => TurkishEntityMappingFactory.Map(null!, output));
        Assert.Throws<ArgumentNullException>(() => TurkishEntityMappingFactory.Map(new TurkishTextRow(), null!));
    }

    [Test]
    [SkipInMutationRun]
    public void Pipeline_TrainsPredictsAndRoundTripsThroughSave()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(News);
        var pipeline = ml.ExtractTurkishEntities(nameof(NewsItem.Body))
            .Append(ml.Transforms.Text.FeaturizeText("BodyFeatures", nameof(NewsItem.Body)))
            .Append(ml.Transforms.Text.FeaturizeText("EntityFeatures", new Microsoft.ML.Transforms.Text.TextFeaturizingEstimator.Options(),
                nameof(TurkishEntityRow.Persons), nameof(TurkishEntityRow.Locations), nameof(TurkishEntityRow.Organizations)))
            .Append(ml.Transforms.Concatenate("Features", "BodyFeatures", "EntityFeatures"))
            .Append(ml.Transforms.Conversion.MapValueToKey("Label", nameof(NewsItem.Topic)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedTopic", "PredictedLabel"));

        var model = pipeline.Fit(data);
        var predicted = model.Transform(data).GetColumn<ReadOnlyMemory<char>>("PredictedTopic").Select(v => v.ToString()).ToArray();
        var accuracy = predicted.Zip(News, (p, n) => p == n.Topic).Count(x => x) / (double)News.Length;
        Assert.That(accuracy, Is.GreaterThanOrEqualTo(0.9));

        var path = Path.Combine(Path.GetTempPath(), $"turkish-entities-{Guid.NewGuid():N}.zip");
        try
        {
            ml.Model.Save(model, data.Schema, path);
            // No registration: the model file names the mapping's assembly (SavedModel_NamesTheMappingAndItsAssembly).
            var loadingContext = new MLContext(seed: 1);
            var loaded = loadingContext.Model.Load(path, out _);
            var again = loaded.Transform(loadingContext.Data.LoadFromEnumerable(News))
                .GetColumn<ReadOnlyMemory<char>>("PredictedTopic").Select(v => v.ToString()).ToArray();
            Assert.That(again, Is.EqualTo(predicted));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void SavedModel_NamesTheMappingAndItsAssembly()
    {
        // What lets a fresh process load a saved model without RegisterTurkishEntities: ML.NET stores the contract name
        // and the assembly's full name (UTF-16) and loads that assembly by name (checked by hand in a fresh process
        // that had not loaded Nlp.Turkish.ML).
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(News);
        var path = Path.Combine(Path.GetTempPath(), $"turkish-entities-{Guid.NewGuid():N}.zip");
        try
        {
            ml.Model.Save(ml.ExtractTurkishEntities(nameof(NewsItem.Body)).Fit(data), data.Schema, path);
            using var archive = System.IO.Compression.ZipFile.OpenRead(path);
            var bytes = archive.Entries.SelectMany(entry =>
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }).ToArray();
            foreach (var name in new[] { TurkishEntityMappingFactory.ContractName, typeof(TurkishEntityMappingFactory).Assembly.FullName! })
            {
                Assert.That(bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(name)), Is.GreaterThanOrEqualTo(0), name);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void MissingInputColumn_IsReportedByName()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(News);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ml.ExtractTurkishEntities("Headline").Fit(data));
        Assert.That(e!.Message, Does.Contain("Headline"));
    }

    [Test]
    public void NonTextInputColumn_IsRefused()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new Scored(1f), new Scored(2f) });
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ml.ExtractTurkishEntities(nameof(Scored.Score)).Fit(data));
        Assert.That(e!.Message, Does.Contain(nameof(Scored.Score)));
    }

    private sealed record NewsItem(string Topic, string Body);

    private sealed record Scored(float Score);
}
