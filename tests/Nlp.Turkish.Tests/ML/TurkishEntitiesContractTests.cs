using Microsoft.ML;
using Microsoft.ML.Data;
using Nlp.Turkish.ML;

namespace Nlp.Turkish.Tests.ML;

/// <summary>The ML.NET entry points' argument checks and schema propagation, without fitting a pipeline.</summary>
public class TurkishEntitiesContractTests
{
    private sealed record Row(string Body, float Score);

    /// <summary>The shape of a data view's schema (ML.NET's own conversion, internal to it, so reached by reflection).</summary>
    private static SchemaShape Shape(MLContext ml)
    {
        var schema = ml.Data.LoadFromEnumerable(new[] { new Row("Tokayev Astana'da.", 1f) }).Schema;
        var create = typeof(SchemaShape).GetMethod("Create", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic, [typeof(DataViewSchema)])!;
        return (SchemaShape)create.Invoke(null, [schema])!;
    }

    [Test]
    public void ExtractTurkishEntities_RefusesNullOrEmptyArguments()
    {
        var ml = new MLContext(seed: 1);
        Assert.Throws<ArgumentNullException>(() => TurkishEntitiesCatalog.ExtractTurkishEntities(null!));
        Assert.Throws<ArgumentNullException>(() => ml.ExtractTurkishEntities(null!));
        Assert.Throws<ArgumentException>(() => ml.ExtractTurkishEntities(""));
        Assert.Throws<ArgumentNullException>(() => ml.ExtractTurkishEntities("Body", null!));
        Assert.Throws<ArgumentNullException>(() => ml.ExtractTurkishEntities("Body").Fit(null!));
        Assert.That(Assert.Throws<ArgumentNullException>(() => ml.ExtractTurkishEntities("Body").GetOutputSchema(null!))!.ParamName, Is.EqualTo("inputSchema"));
    }

    [Test]
    public void RegisterTurkishEntities_ReturnsTheSameContext_AndRefusesNull()
    {
        var ml = new MLContext(seed: 1);
        Assert.That(ml.RegisterTurkishEntities(), Is.SameAs(ml));
        Assert.Throws<ArgumentNullException>(() => TurkishEntitiesCatalog.RegisterTurkishEntities(null!));
    }

    [Test]
    public void GetOutputSchema_AddsThePrefixedTextVectorColumns()
    {
        var ml = new MLContext(seed: 1);
        var output = ml.ExtractTurkishEntities("Body", "E.").GetOutputSchema(Shape(ml));
        foreach (var name in new[] { "E.Persons", "E.Locations", "E.Organizations" })
        {
            var column = output.Single(c => c.Name == name);
            Assert.That(column.Kind, Is.EqualTo(SchemaShape.Column.VectorKind.VariableVector), name);
            Assert.That(column.ItemType, Is.InstanceOf<TextDataViewType>(), name);
        }

        Assert.That(output.Select(c => c.Name), Does.Contain("Body").And.Contain("Score"));
    }

    [Test]
    public void GetOutputSchema_NamesAMissingOrNonTextColumn()
    {
        var ml = new MLContext(seed: 1);
        var missing = Assert.Throws<ArgumentOutOfRangeException>(() => ml.ExtractTurkishEntities("Headline").GetOutputSchema(Shape(ml)));
        Assert.That(missing!.Message, Does.Contain("Could not find input column 'Headline'"));
        var nonText = Assert.Throws<ArgumentOutOfRangeException>(() => ml.ExtractTurkishEntities("Score").GetOutputSchema(Shape(ml)));
        Assert.That(nonText!.Message, Does.Contain("Schema mismatch for input column 'Score': expected String, got Single (Parameter 'inputSchema')"));
        Assert.That(nonText.Message, Does.Not.Contain("vector"));
        var vector = Assert.Throws<ArgumentOutOfRangeException>(() => ml.ExtractTurkishEntities("Tokens").GetOutputSchema(TokensShape(ml)));
        Assert.That(vector!.Message, Does.Contain("Schema mismatch for input column 'Tokens': expected String, got String vector"));
    }

    /// <summary>A schema whose Tokens column is a vector of text (the words of a row), not one text.</summary>
    private static SchemaShape TokensShape(MLContext ml)
    {
        var data = ml.Transforms.Text.TokenizeIntoWords("Tokens", "Body").Fit(ml.Data.LoadFromEnumerable(new[] { new Row("Tokayev Astana'da.", 1f) }));
        var schema = data.GetOutputSchema(ml.Data.LoadFromEnumerable(new[] { new Row("Tokayev Astana'da.", 1f) }).Schema);
        var create = typeof(SchemaShape).GetMethod("Create", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic, [typeof(DataViewSchema)])!;
        return (SchemaShape)create.Invoke(null, [schema])!;
    }
}
