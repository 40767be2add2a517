namespace Nlp.Turkish.Entities;

/// <summary>
/// A token's capitalization. The values are part of the model file's contract (hashed into features, and the dense
/// feature indexes leave room for 8 of them: <see cref="DenseFeatures"/>).
/// </summary>
internal enum CapsClass : byte
{
    /// <summary>No letters.</summary>
    None = 0,

    /// <summary>All letters lowercase.</summary>
    Lower = 1,

    /// <summary>The first letter uppercase, the rest lowercase (<c>Astana</c>).</summary>
    Title = 2,

    /// <summary>Two or more letters, all uppercase (<c>TBMM</c>).</summary>
    Upper = 3,

    /// <summary>One letter, uppercase (<c>K.</c>).</summary>
    Initial = 4,

    /// <summary>Anything else (<c>McDonald</c>, <c>iPhone</c>).</summary>
    Mixed = 5,
}
