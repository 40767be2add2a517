namespace Nlp.Turkish;

/// <summary>
/// One person, place or organization that a document talks about, with every mention of it: <c>Kasım Cömert
/// Tokayev</c> and the later <c>Tokayev</c>, <c>Kazakistan'ın</c> and <c>Kazakistan'da</c>, <c>AA</c> and <c>Anadolu
/// Ajansı</c> (<see cref="Document.Referents"/>).
/// </summary>
public sealed class Referent
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Referent(EntityType type, string name, IReadOnlyList<EntityMention> mentions)
    {
        Type = type;
        Name = name;
        Mentions = mentions;
    }

    /// <summary>The type that every mention of the referent has.</summary>
    public EntityType Type { get; }

    /// <summary>
    /// The canonical name: the fullest form the document uses, without case suffixes (<c>Kasım Cömert Tokayev</c>), or
    /// the known full name of a short form that the document only abbreviates (<c>Anadolu Ajansı</c> for <c>AA</c>).
    /// </summary>
    public string Name { get; }

    /// <summary>The mentions in text order; never empty.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>The number of mentions.</summary>
    public int Count => Mentions.Count;

    /// <summary>The first mention, where the document first names the referent.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public EntityMention First => Mentions[0];

    /// <inheritdoc/>
    public override string ToString() => $"{Entities.EntityLabels.TypeName(Type)} {Name} ×{Count}";
}
