namespace Nlp.Turkish.Entities;

/// <summary>The roles a token plays for the word it is a neighbour of, in the order their features are summed.</summary>
internal enum Neighbour
{
    /// <summary>The token just before the word.</summary>
    Previous,

    /// <summary>The token two before the word.</summary>
    SecondPrevious,

    /// <summary>The token just after the word.</summary>
    Next,

    /// <summary>The token two after the word.</summary>
    SecondNext,
}
