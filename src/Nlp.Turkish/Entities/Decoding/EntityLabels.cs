namespace Nlp.Turkish.Entities;

/// <summary>
/// The BILOU label scheme over the three entity types: <c>O</c>, then Begin, Inside, Last and Unit for each type.
/// BILOU tells the model where a name ends, which BIO leaves implicit; the decoder allows only valid sequences.
/// </summary>
internal static class EntityLabels
{
    /// <summary>The label of a token outside every entity.</summary>
    public const int Outside = 0;

    /// <summary>The number of labels: O and four positions for each type. Label <c>1 + 4 × type + position - 1</c>.</summary>
    public const int Count = 1 + (4 * TypeCount);

    /// <summary>The number of entity types.</summary>
    public const int TypeCount = 3;

    /// <summary>
    /// The length of a row of per-label floats on the fast paths (Viterbi, forward-backward, the emission table): the
    /// 13 labels padded with zeros to two vectors of eight.
    /// </summary>
    public const int Lanes = 16;

    public enum Position : byte
    {
        Outside,
        Begin,
        Inside,
        Last,
        Unit,
    }

    public static int Label(EntityType type, Position position) =>
        position == Position.Outside ? Outside : 1 + ((int)type * 4) + ((int)position - 1);

    public static Position PositionOf(int label) => label == Outside ? Position.Outside : (Position)(1 + ((label - 1) % 4));

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 4);

    public static bool CanStart(int label) => PositionOf(label) is Position.Outside or Position.Begin or Position.Unit;

    public static bool CanEnd(int label) => PositionOf(label) is Position.Outside or Position.Last or Position.Unit;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int next)
    {
        var p = PositionOf(previous);
        var n = PositionOf(next);
        if (p is Position.Begin or Position.Inside)
        {
            return n is Position.Inside or Position.Last && TypeOf(previous) == TypeOf(next);
        }

        return n is Position.Outside or Position.Begin or Position.Unit;
    }

    /// <summary>The label's name in the model file (<c>O</c>, <c>B-PERSON</c>, <c>L-ORGANIZATION</c>...).</summary>
    public static string Name(int label) => label == Outside
        ? "O"
        : $"{"BILU"[(int)PositionOf(label) - 1]}-{TypeName(TypeOf(label))}";

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Location => "LOCATION",
        _ => "ORGANIZATION",
    };

    public static bool TryParseType(ReadOnlySpan<char> name, out EntityType type)
    {
        switch (name)
        {
            case "PERSON" or "PER":
                type = EntityType.Person;
                return true;
            case "LOCATION" or "LOC":
                type = EntityType.Location;
                return true;
            case "ORGANIZATION" or "ORG":
                type = EntityType.Organization;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
