using Nlp.Turkish.Evaluation;

namespace Nlp.Turkish.Tests.Evaluation;

/// <summary>Span-annotated raw text in the formats annotation tools export, told apart by content.</summary>
public class SpanCorpusTests
{
    private const string Text = "Tokayev, Astana'da AA muhabirine konuştu.";

    private static readonly EntitySpan[] Expected =
    [
        new(0, 7, EntityType.Person), new(9, 15, EntityType.Location), new(19, 21, EntityType.Organization),
    ];

    private static IReadOnlyList<AnnotatedText> Read(string input) => SpanCorpus.Read(new StringReader(input), "gold.jsonl");

    [Test]
    public void Read_OwnJsonLines()
    {
        var documents = Read($$"""
            {"id": "a1", "text": "{{Text}}", "entities": [{"start": 9, "end": 15, "type": "LOCATION"}, {"start": 0, "end": 7, "type": "PERSON"}, {"start": 19, "end": 21, "type": "ORGANIZATION"}]}

            {"id": 7, "text": "Boş.", "entities": []}
            """);
        Assert.That(documents, Has.Count.EqualTo(2));
        Assert.That(documents[0].Entities, Is.EqualTo(Expected), "sorted by start");
        Assert.That((documents[0].Id, documents[1].Id), Is.EqualTo(("a1", "7")));
        Assert.That(documents[1].Entities, Is.Empty);
    }

    [TestCase("label")]
    [TestCase("labels")]
    public void Read_DoccanoJsonLines(string property)
    {
        var documents = Read($$"""{"text": "{{Text}}", "{{property}}": [[0, 7, "PER"], [9, 15, "loc"], [19, 21, "Org"]] }""");
        Assert.That(documents[0].Entities, Is.EqualTo(Expected));
    }

    [Test]
    public void Read_LabelStudioExport_TakesTheFirstAnnotationThatWasNotCancelled()
    {
        var documents = Read($$$"""
            [{"id": 3, "data": {"text": "{{{Text}}}"}, "annotations": [
              {"was_cancelled": true, "result": [{"type": "labels", "value": {"start": 0, "end": 3, "labels": ["LOC"]}}]},
              {"result": [
                {"type": "labels", "value": {"start": 0, "end": 7, "text": "Tokayev", "labels": ["PER"]}},
                {"type": "labels", "value": {"start": 9, "end": 15, "labels": ["LOC"]}},
                {"type": "labels", "value": {"start": 19, "end": 21, "labels": ["ORG"]}},
                {"type": "choices", "value": {"choices": ["haber"]} } ] } ] } ]
            """);
        Assert.That(documents, Has.Count.EqualTo(1));
        Assert.That(documents[0].Entities, Is.EqualTo(Expected));
        Assert.That(documents[0].Id, Is.EqualTo("3"));
    }

    [TestCase("""{"text": "Ali geldi", "entities": [{"start": 0, "end": 3, "type": "MISC"}]}""", "gold.jsonl:1: unknown entity type 'MISC'")]
    [TestCase("""{"text": "Ali geldi", "entities": [{"start": 0, "end": 30, "type": "PER"}]}""", "gold.jsonl:1: the span [0, 30) does not lie inside")]
    [TestCase("""{"text": "Ali geldi", "entities": [{"start": 0, "end": 5, "type": "PER"}, {"start": 4, "end": 9, "type": "PER"}]}""", "gold.jsonl:1: the spans [0, 5) and [4, 9) overlap")]
    [TestCase("""{"text": "Ali"}\n{"entities": []}""", "gold.jsonl:2: \"text\" is missing")]
    [TestCase("""{"text": "Ali", "label": [[0, "x", "PER"]]}""", "gold.jsonl:1: each label must be [start, end, \"TYPE\"]")]
    [TestCase("{\"text\": \"Ali\"}\n{not json", "gold.jsonl:2: not a JSON object")]
    [TestCase("[{\"data\": {\"text\": \"Ali\"}, \"annotations\": [{\"result\": [{\"value\": {\"start\": 0, \"end\": 3, \"labels\": [\"X\"]}}]}]}]", "gold.jsonl: task 0: unknown entity type 'X'")]
    [TestCase("  \n\n", "gold.jsonl: no documents")]
    [TestCase("{\"text\": \"Ali\"}\n5", "gold.jsonl:2: expected a JSON object with \"text\"")]
    [TestCase("""{"text": "Ali", "entities": [5]}""", "gold.jsonl:1: each of \"entities\" must be an object with start, end and type")]
    [TestCase("""{"text": "Ali", "entities": [{"end": 3, "type": "PER"}]}""", "gold.jsonl:1: \"start\" is missing or not a whole number")]
    [TestCase("[{\"data\": {\"n\": 1}, \"annotations\": []}]", "gold.jsonl: task 0: \"data\" holds no text")]
    [TestCase("""{"text": 5}""", "gold.jsonl:1: \"text\" is missing or not a string")]
    [TestCase("""{"text": "Ali", "entities": {"start": 0}}""", "gold.jsonl:1: \"entities\" must be an array")]
    [TestCase("""{"text": "Ali", "label": {"start": 0}}""", "gold.jsonl:1: \"label\" must be an array")]
    [TestCase("""{"text": "Ali", "label": [{"start": 0}]}""", "gold.jsonl:1: each label must be [start, end, \"TYPE\"]")]
    [TestCase("""{"text": "Ali", "entities": [{"start": 0, "end": 3, "type": 5}]}""", "gold.jsonl:1: unknown entity type ''")]
    [TestCase("""{"text": "Ali", "entities": [{"start": 2, "end": 2, "type": "PER"}]}""", "gold.jsonl:1: the span [2, 2) does not lie inside")]
    [TestCase("""{"text": "Ali Veli", "entities": [{"start": 0, "end": 8, "type": "PER"}, {"start": 4, "end": 6, "type": "PER"}]}""", "gold.jsonl:1: the spans [0, 8) and [4, 6) overlap")]
    [TestCase("""{"text": "Ali Veli", "entities": [{"start": 0, "end": 8, "type": "PER"}, {"start": 0, "end": 3, "type": "PER"}]}""", "gold.jsonl:1: the spans [0, 3) and [0, 8) overlap")]
    public void Read_BadInput_NamesTheLineOrTask(string input, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => Read(input.Replace("\\n", "\n", StringComparison.Ordinal)));
        Assert.That(e!.Message, Does.StartWith(expected));
    }

    [Test]
    public void Read_EntityTypeUnderLabel_AndLabelStudioTextUnderAnyName()
    {
        Assert.That(Read("""{"text": "Ali", "entities": [{"start": 0, "end": 3, "label": "PER"}]}""")[0].Entities,
            Is.EqualTo(new[] { new EntitySpan(0, 3, EntityType.Person) }));
        var task = Read("""[{"data": {"n": 1, "content": "Ali geldi"}, "annotations": [{"result": [{"value": {"start": 0, "end": 3, "labels": ["PER"]}}]}]}]""")[0];
        Assert.That((task.Text, task.Entities.Single()), Is.EqualTo(("Ali geldi", new EntitySpan(0, 3, EntityType.Person))));
    }

    [Test]
    public void Read_File_SkipsAByteOrderMarkAndRefusesInvalidUtf8()
    {
        using (var file = new TemporaryFile([0xEF, 0xBB, 0xBF, .. "{\"text\": \"Ali\", \"entities\": []}\n"u8], ".jsonl"))
        {
            Assert.That(SpanCorpus.Read(file.Path)[0].Text, Is.EqualTo("Ali"));
        }

        using (var file = new TemporaryFile([.. "{\"text\": \"A"u8, 0xC3, 0x28, .. "\"}\n"u8], ".jsonl"))
        {
            var e = Assert.Throws<InvalidDataException>(() => SpanCorpus.Read(file.Path));
            Assert.That(e!.Message, Is.EqualTo($"{file.Path}: not valid UTF-8 text"));
        }
    }

    [Test]
    public void Read_ByteOrderMarkBeforeTheFirstLine_IsSkipped() =>
        Assert.That(Read("\uFEFF{\"text\": \"Ali\", \"entities\": []}")[0].Text, Is.EqualTo("Ali"));

    [Test]
    public void Read_AdjacentSpans_AreNotAnOverlap() =>
        Assert.That(Read("""{"text": "AliVeli", "entities": [{"start": 3, "end": 7, "type": "PER"}, {"start": 0, "end": 3, "type": "PER"}]}""")[0].Entities,
            Is.EqualTo(new[] { new EntitySpan(0, 3, EntityType.Person), new EntitySpan(3, 7, EntityType.Person) }));

    [TestCase("PERSON", EntityType.Person)]
    [TestCase("PER", EntityType.Person)]
    [TestCase("pers", EntityType.Person)]
    [TestCase("LOCATION", EntityType.Location)]
    [TestCase("Loc", EntityType.Location)]
    [TestCase("ORGANIZATION", EntityType.Organization)]
    [TestCase("organisation", EntityType.Organization)]
    [TestCase("ORG", EntityType.Organization)]
    public void Read_TypeNames_AreTheThreeNamesAndTheirAbbreviationsInAnyCase(string name, EntityType type) =>
        Assert.That(Read($$"""{"text": "Ali", "entities": [{"start": 0, "end": 3, "type": "{{name}}"}]}""")[0].Entities[0].Type, Is.EqualTo(type));

    [TestCase("\"a1\"", "a1")]
    [TestCase("7", "7")]
    [TestCase("true", null)]
    [TestCase("{}", null)]
    public void Read_Id_IsAStringOrNumberOrNothing(string id, string? expected) =>
        Assert.That(Read($$"""{"id": {{id}}, "text": "Ali", "entities": []}""")[0].Id, Is.EqualTo(expected));

    [Test]
    public void NullArguments_AreRefusedByName()
    {
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanCorpus.Read(null!))!.ParamName, Is.EqualTo("path"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanCorpus.Read(null!, "gold"))!.ParamName, Is.EqualTo("reader"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanCorpus.Read(new StringReader("{}"), null!))!.ParamName, Is.EqualTo("name"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanCorpus.Evaluate(null!, []))!.ParamName, Is.EqualTo("recognizer"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => SpanCorpus.Evaluate(EntityRecognizer.Default, null!))!.ParamName, Is.EqualTo("gold"));
    }

    [TestCase("{\"text\": 1}", true)]
    [TestCase("\uFEFF  [", true)]
    [TestCase("Tokayev\tB-PERSON", false)]
    [TestCase("", false)]
    public void LooksLikeSpans_TellsJsonFromConll(string start, bool expected) =>
        Assert.That(SpanCorpus.LooksLikeSpans(start), Is.EqualTo(expected));

    [Test]
    public void Evaluate_ScoresTheRecognizerOnRawText()
    {
        const string Sentence = "Tokayev, Astana'da konuştu.";
        var report = SpanCorpus.Evaluate(EntityRecognizer.Default,
            [new AnnotatedText(Sentence, [new(0, 7, EntityType.Person), new(9, 15, EntityType.Organization)]), new AnnotatedText("Boş bir metin.", [])]);
        Assert.That(report.For(EntityType.Person), Is.EqualTo(new EntityScores(1, 0, 0)));
        Assert.That(report.For(EntityType.Location), Is.EqualTo(new EntityScores(0, 1, 0)));
        Assert.That(report.For(EntityType.Organization), Is.EqualTo(new EntityScores(0, 0, 1)));
        Assert.That(report.Documents, Is.EqualTo(2));
    }
}
