using System.Text.Json.Serialization;

namespace Nlp.Turkish;

/// <summary>What a token is, as the tokenizer recognized it. JSON writes it by name (<c>"Word"</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenKind>))]
public enum TokenKind : byte
{
    /// <summary>A word: letters, possibly with digits, combining marks or inner hyphens (<c>Astana</c>, <c>e-devlet</c>).</summary>
    Word,

    /// <summary>An apostrophe case suffix split from the word before it (<c>'in</c> in <c>Tokayev'in</c>).</summary>
    Suffix,

    /// <summary>A number (<c>10</c>, <c>1.234,56</c>, <c>3,5</c>).</summary>
    Number,

    /// <summary>An ordinal number written with a period (<c>6.</c> in <c>6. hafta</c>).</summary>
    Ordinal,

    /// <summary>A percentage (<c>%65</c>, <c>%3,5</c>).</summary>
    Percent,

    /// <summary>A calendar date (<c>27.02.2026</c>, <c>2026-02-27</c>).</summary>
    Date,

    /// <summary>A clock time (<c>15:08</c>).</summary>
    Time,

    /// <summary>An abbreviation or initial with its period (<c>Dr.</c>, <c>vb.</c>, <c>T.C.</c>, <c>K.</c>).</summary>
    Abbreviation,

    /// <summary>Punctuation (<c>,</c>, <c>.</c>, <c>...</c>, <c>"</c>, <c>(</c>, <c>-</c>).</summary>
    Punctuation,

    /// <summary>A symbol, emoji or any other character that is neither a word nor punctuation (<c>$</c>, <c>₺</c>, <c>+</c>).</summary>
    Symbol,

    /// <summary>A web address (<c>https://www.aa.com.tr/tr</c>, <c>www.aa.com.tr</c>).</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A hashtag (<c>#SonDakika</c>).</summary>
    Hashtag,

    /// <summary>A user mention (<c>@aa_com_tr</c>).</summary>
    Mention,
}
