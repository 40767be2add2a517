using System.Text.Json.Serialization;

namespace Nlp.Turkish;

/// <summary>
/// System.Text.Json metadata for the analysis results, generated at compile time, so that documents, mentions and
/// referents serialize without reflection (trimming and native AOT):
/// <c>JsonSerializer.Serialize(document, NlpJsonContext.Default.Document)</c>. Documents and mentions round-trip;
/// entity types are written as <c>"PERSON"</c>, <c>"LOCATION"</c>, <c>"ORGANIZATION"</c>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Document))]
[JsonSerializable(typeof(EntityMention))]
[JsonSerializable(typeof(IReadOnlyList<EntityMention>))]
[JsonSerializable(typeof(Referent))]
[JsonSerializable(typeof(IReadOnlyList<Referent>))]
public sealed partial class NlpJsonContext : JsonSerializerContext;
