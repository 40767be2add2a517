using Microsoft.ML;
using Microsoft.ML.Data;

namespace Nlp.Turkish.ML;

/// <summary>
/// Adds <c>Persons</c>, <c>Locations</c> and <c>Organizations</c> text-vector columns (with an optional prefix) to
/// each row, from the Turkish text of the input column. Checks the input column first, so a missing or non-text column
/// fails with ML.NET's usual exception that names it. What it fits is a chain of standard transformers around the
/// registered entity mapping, so <c>mlContext.Model.Save</c> and <c>Load</c> work: the saved model names this assembly,
/// and ML.NET loads it by that name in a fresh context or process (<see cref="TurkishEntitiesCatalog.RegisterTurkishEntities"/>
/// is needed only where it cannot be found by name).
/// </summary>
public sealed class TurkishEntitiesEstimator : IEstimator<ITransformer>
{
    private static readonly string[] Outputs = [nameof(TurkishEntityRow.Persons), nameof(TurkishEntityRow.Locations), nameof(TurkishEntityRow.Organizations)];

    private readonly EstimatorChain<Microsoft.ML.Transforms.ColumnSelectingTransformer> _chain;
    private readonly string _inputColumnName;

    internal TurkishEntitiesEstimator(MLContext context, string inputColumnName, string outputColumnPrefix)
    {
        _inputColumnName = inputColumnName;
        IEstimator<ITransformer> chain = context.Transforms.CopyColumns(TurkishTextRow.ColumnName, inputColumnName)
            .Append(context.Transforms.CustomMapping<TurkishTextRow, TurkishEntityRow>(TurkishEntityMappingFactory.Map, TurkishEntityMappingFactory.ContractName));
        foreach (var output in Outputs)
        {
            chain = chain.Append(context.Transforms.CopyColumns(outputColumnPrefix + output, TurkishEntityRow.Prefix + output));
        }

        _chain = chain.Append(context.Transforms.DropColumns([TurkishTextRow.ColumnName, .. Outputs.Select(o => TurkishEntityRow.Prefix + o)]));
    }

    /// <inheritdoc />
    public ITransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var column = input.Schema.GetColumnOrNull(_inputColumnName);
        Check(column is not null, column?.Type is TextDataViewType, column?.Type.ToString(), input.Schema);
        return _chain.Fit(input);
    }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ArgumentNullException.ThrowIfNull(inputSchema);
        var found = inputSchema.Where(c => c.Name == _inputColumnName).ToList();
        var column = found.Count > 0 ? found[^1] : default;
        var isText = found.Count > 0 && column.Kind == SchemaShape.Column.VectorKind.Scalar && column.ItemType is TextDataViewType;
        Check(found.Count > 0, isText, found.Count > 0 ? $"{column.ItemType}{(column.Kind == SchemaShape.Column.VectorKind.Scalar ? string.Empty : " vector")}" : null, inputSchema);
        return _chain.GetOutputSchema(inputSchema);
    }

    /// <summary>Throws ML.NET's usual schema exceptions (parameter <paramref name="inputSchema"/>), naming the input column.</summary>
    private void Check(bool exists, bool isText, string? actualType, object inputSchema)
    {
        _ = inputSchema;
        if (!exists)
        {
            throw new ArgumentOutOfRangeException(nameof(inputSchema), $"Could not find input column '{_inputColumnName}'");
        }

        if (!isText)
        {
            throw new ArgumentOutOfRangeException(nameof(inputSchema), $"Schema mismatch for input column '{_inputColumnName}': expected String, got {actualType}");
        }
    }
}
