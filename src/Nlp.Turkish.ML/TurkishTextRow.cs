using Microsoft.ML.Data;

namespace Nlp.Turkish.ML;

/// <summary>The input row of the entity mapping, under a fixed internal column name (saved models keep it).</summary>
public sealed class TurkishTextRow
{
    /// <summary>The internal name of the text column.</summary>
    public const string ColumnName = "Nlp.Turkish.Text";

    /// <summary>The text to analyze.</summary>
    [ColumnName(ColumnName)]
    public string? Text { get; set; }
}
