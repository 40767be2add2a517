using Microsoft.ML;

namespace Nlp.Turkish.ML;

/// <summary>
/// ML.NET extensions: <c>mlContext.ExtractTurkishEntities("Text")</c> adds three variable-length
/// text-vector columns (<c>Persons</c>, <c>Locations</c>, <c>Organizations</c>, with an optional prefix) holding the
/// base forms of the entities of each row's text.
/// </summary>
public static class TurkishEntitiesCatalog
{
    /// <summary>Creates the estimator that adds the entity columns.</summary>
    /// <param name="context">The ML.NET context (<c>mlContext</c>).</param>
    /// <param name="inputColumnName">The text column to analyze.</param>
    /// <param name="outputColumnPrefix">Put before the output column names (<c>"Entities."</c> gives <c>Entities.Persons</c>).</param>
    /// <returns>The estimator; what it fits can be saved with <c>mlContext.Model.Save</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TurkishEntitiesEstimator ExtractTurkishEntities(this MLContext context, string inputColumnName = "Text", string outputColumnPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(inputColumnName);
        ArgumentNullException.ThrowIfNull(outputColumnPrefix);
        return new TurkishEntitiesEstimator(context, inputColumnName, outputColumnPrefix);
    }

    /// <summary>
    /// Registers this assembly with ML.NET's component catalog. Not needed to load a saved model: the model file names
    /// the assembly and ML.NET loads it by that name; this is for a host that loads the assembly where that name does
    /// not lead (a plug-in folder, a custom load context).
    /// </summary>
    /// <param name="context">The ML.NET context that will load the model.</param>
    /// <returns>The same context.</returns>
    public static MLContext RegisterTurkishEntities(this MLContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ComponentCatalog.RegisterAssembly(typeof(TurkishEntityMappingFactory).Assembly);
        return context;
    }
}
