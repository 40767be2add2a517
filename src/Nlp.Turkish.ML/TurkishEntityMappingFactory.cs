using Microsoft.ML.Transforms;

namespace Nlp.Turkish.ML;

/// <summary>
/// The entity mapping under its ML.NET contract name, so that a saved model that contains it loads again: the model file
/// names this assembly, which ML.NET loads and searches for the contract (or which
/// <see cref="TurkishEntitiesCatalog.RegisterTurkishEntities"/> registers where it cannot be found by name).
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class TurkishEntityMappingFactory : CustomMappingFactory<TurkishTextRow, TurkishEntityRow>
{
    /// <summary>The contract name stored in saved models.</summary>
    public const string ContractName = "Nlp.Turkish.Entities.v1";

    /// <summary>Fills the entity columns of one row with the default recognizer (thread-safe).</summary>
    /// <param name="input">The text row.</param>
    /// <param name="output">The entity row to fill.</param>
    public static void Map(TurkishTextRow input, TurkishEntityRow output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var entities = EntityRecognizer.Default.Extract(input.Text ?? string.Empty);
        output.Persons = Select(entities, EntityType.Person);
        output.Locations = Select(entities, EntityType.Location);
        output.Organizations = Select(entities, EntityType.Organization);
    }

    /// <inheritdoc />
    public override Action<TurkishTextRow, TurkishEntityRow> GetMapping() => Map;

    private static string[] Select(IReadOnlyList<EntityMention> entities, EntityType type)
    {
        var count = 0;
        foreach (var entity in entities)
        {
            count += entity.Type == type ? 1 : 0;
        }

        var result = new string[count];
        var i = 0;
        foreach (var entity in entities)
        {
            if (entity.Type == type)
            {
                result[i++] = entity.BaseForm;
            }
        }

        return result;
    }
}
