using System.Text.Json.Serialization;

namespace Nlp.Turkish;

/// <summary>
/// The kind of a named entity (the ENAMEX types of Turkish news NER). JSON writes it as the tag name that CoNLL files
/// and the command-line tool use: <c>"PERSON"</c>, <c>"LOCATION"</c>, <c>"ORGANIZATION"</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType : byte
{
    /// <summary>A person (<c>Kasım Cömert Tokayev</c>).</summary>
    [JsonStringEnumMemberName("PERSON")]
    Person,

    /// <summary>A place: country, city, region, building or landmark (<c>Astana</c>, <c>Akorda</c>).</summary>
    [JsonStringEnumMemberName("LOCATION")]
    Location,

    /// <summary>An organization: company, agency, party, institution, team (<c>AA</c>).</summary>
    [JsonStringEnumMemberName("ORGANIZATION")]
    Organization,
}
