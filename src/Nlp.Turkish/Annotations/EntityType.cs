namespace Nlp.Turkish;

/// <summary>The kind of a named entity (the ENAMEX types of Turkish news NER).</summary>
public enum EntityType : byte
{
    /// <summary>A person (<c>Kasım Cömert Tokayev</c>).</summary>
    Person,

    /// <summary>A place: country, city, region, building or landmark (<c>Astana</c>, <c>Akorda</c>).</summary>
    Location,

    /// <summary>An organization: company, agency, party, institution, team (<c>AA</c>).</summary>
    Organization,
}
