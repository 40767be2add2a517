namespace Nlp.Turkish.Entities;

/// <summary>What the built-in name lists and lexicon know about a lowercased word or phrase.</summary>
[Flags]
internal enum LexiconFlags : ushort
{
    None = 0,

    /// <summary>A Turkish given name (name dictionaries).</summary>
    GivenName = 1 << 0,

    /// <summary>A country or territory (CLDR).</summary>
    Country = 1 << 1,

    /// <summary>A city, province or region (CLDR).</summary>
    Place = 1 << 2,

    /// <summary>A capitalized entry of the Turkish lexicon: a proper noun.</summary>
    ProperNoun = 1 << 3,

    /// <summary>A lowercase entry of the Turkish lexicon: a common word.</summary>
    CommonWord = 1 << 4,

    /// <summary>A word that ends organization names (<c>bakanlığı</c>, <c>partisi</c>, <c>holding</c>).</summary>
    OrganizationHead = 1 << 5,

    /// <summary>A title or role that precedes a person's name (<c>cumhurbaşkanı</c>, <c>bakan</c>, <c>dr.</c>).</summary>
    PersonTitle = 1 << 6,

    /// <summary>A surname (Turkish surname lists, members of parliament).</summary>
    Surname = 1 << 7,

    /// <summary>
    /// A well-known organization (<c>aa</c>, <c>birleşmiş milletler</c>): the library's list, parties, universities,
    /// listed companies, organizations behind Zemberek's abbreviation expansions.
    /// </summary>
    Organization = 1 << 8,

    /// <summary>A nationality or ethnic adjective (<c>kazak</c>, <c>sırp</c>): capitalized, but not an entity.</summary>
    Demonym = 1 << 9,

    /// <summary>A particle inside foreign names (<c>von</c>, <c>bin</c>, <c>el</c>).</summary>
    NameParticle = 1 << 10,

    /// <summary>A word that ends a street, square or building name (<c>caddesi</c>, <c>sarayı</c>).</summary>
    FacilityHead = 1 << 11,

    /// <summary>A proper noun harvested from a large corpus (Zemberek's list; untyped and noisy).</summary>
    CorpusProperNoun = 1 << 12,

    /// <summary>An abbreviation (Zemberek's lists): not necessarily an organization (<c>gb</c>, <c>atm</c>).</summary>
    Abbreviation = 1 << 13,

    /// <summary>An organization from a large noisy list (companies, institutions; OnurArdaB's lexicon).</summary>
    ListedOrganization = 1 << 14,

    /// <summary>A place from a large noisy list (districts, world cities in English spelling; OnurArdaB's lexicon).</summary>
    ListedPlace = 1 << 15,
}
