using System.Text.Encodings.Web;
using System.Text.Json;

namespace Nlp.Turkish.Cli;

/// <summary>JSON Lines output: compact objects, Turkish letters written as themselves, one object a line.</summary>
internal static class JsonOutput
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    public static void EndLine(Utf8JsonWriter writer, Stream output)
    {
        writer.Flush();
        output.WriteByte((byte)'\n');
        writer.Reset(output);
    }

    /// <summary>Writes a mention's fields (type, start, end, text, base, score) into the open object.</summary>
    public static void WriteMention(Utf8JsonWriter writer, EntityMention entity, OffsetConverter offsets)
    {
        writer.WriteString("type", Name(entity.Type));
        writer.WriteNumber("start", offsets.Convert(entity.Start));
        writer.WriteNumber("end", offsets.Convert(entity.End));
        writer.WriteString("text", entity.Text);
        writer.WriteString("base", entity.BaseForm);
        writer.WriteNumber("score", entity.Score);
    }

    /// <summary>Says which unit the offsets are in, where it is not the default UTF-16 (whose lines stay as they were).</summary>
    public static void WriteOffsetUnit(Utf8JsonWriter writer, OffsetUnit unit)
    {
        if (unit != OffsetUnit.Utf16)
        {
            writer.WriteString("offsets", OffsetConverter.Name(unit));
        }
    }

    public static string Name(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Suffix => "suffix",
        TokenKind.Number => "number",
        TokenKind.Ordinal => "ordinal",
        TokenKind.Percent => "percent",
        TokenKind.Date => "date",
        TokenKind.Time => "time",
        TokenKind.Abbreviation => "abbreviation",
        TokenKind.Punctuation => "punctuation",
        TokenKind.Symbol => "symbol",
        TokenKind.Url => "url",
        TokenKind.Email => "email",
        TokenKind.Hashtag => "hashtag",
        TokenKind.Mention => "mention",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Location => "LOCATION",
        EntityType.Organization => "ORGANIZATION",
        _ => type.ToString().ToUpperInvariant(),
    };
}
