using Microsoft.ML.Data;

namespace Nlp.Turkish.ML;

/// <summary>
/// The output row of the entity mapping: the base forms of the entities of each type, in text order, under fixed
/// internal column names that the estimator copies to the caller's names.
/// </summary>
public sealed class TurkishEntityRow
{
    /// <summary>The internal column name prefix.</summary>
    public const string Prefix = "Nlp.Turkish.";

    /// <summary>Persons (<c>Kasım Cömert Tokayev</c>).</summary>
    [ColumnName(Prefix + nameof(Persons))]
    public string[] Persons { get; set; } = [];

    /// <summary>Locations (<c>Astana</c>).</summary>
    [ColumnName(Prefix + nameof(Locations))]
    public string[] Locations { get; set; } = [];

    /// <summary>Organizations (<c>AA</c>).</summary>
    [ColumnName(Prefix + nameof(Organizations))]
    public string[] Organizations { get; set; } = [];
}
