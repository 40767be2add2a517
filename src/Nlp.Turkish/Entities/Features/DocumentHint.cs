namespace Nlp.Turkish.Entities;

/// <summary>
/// What the first stage said about a token's word elsewhere in its document (<see cref="DocumentHints"/>): the type
/// most often tagged on the word, and whether this very token was tagged. The values are part of the model file's
/// contract (hashed into the <see cref="FeatureTemplate.Hint"/> features).
/// </summary>
internal enum DocumentHint : byte
{
    /// <summary>The word was never tagged, or the token is not a word.</summary>
    None = 0,

    /// <summary>Other occurrences were tagged, mostly PERSON; this one was not.</summary>
    ElsewherePerson = 1,

    /// <summary>Other occurrences were tagged, mostly LOCATION; this one was not.</summary>
    ElsewhereLocation = 2,

    /// <summary>Other occurrences were tagged, mostly ORGANIZATION; this one was not.</summary>
    ElsewhereOrganization = 3,

    /// <summary>This occurrence was tagged too, the word mostly PERSON.</summary>
    TaggedPerson = 4,

    /// <summary>This occurrence was tagged too, the word mostly LOCATION.</summary>
    TaggedLocation = 5,

    /// <summary>This occurrence was tagged too, the word mostly ORGANIZATION.</summary>
    TaggedOrganization = 6,

    /// <summary>
    /// A flag added to any of the above (or to <see cref="None"/>) for a capitalized word in a sports report (<see
    /// cref="DocumentHints"/>), where a city's or a country's name is often its team.
    /// </summary>
    InSports = 8,
}
