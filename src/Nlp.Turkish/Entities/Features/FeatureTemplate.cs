namespace Nlp.Turkish.Entities;

/// <summary>
/// The feature templates: each feature key is the hash of a template id with its values
/// (<see cref="FeatureHash.Feature(int, ulong)"/>). The ids are part of the model file's contract, so each is written
/// out: a trained model stores keys, not templates, and a new template must take a new id, never shift the others
/// (<c>docs/model-format.md</c>; <c>FeatureTemplateTests</c> pins them).
/// </summary>
internal enum FeatureTemplate
{
    /// <summary>Always present on a word: a per-label prior.</summary>
    Bias = 1,

    /// <summary>The word's characters.</summary>
    Word = 2,

    /// <summary>The word lowercased by Turkish rules.</summary>
    Lower = 3,

    /// <summary>The word's shape, runs collapsed (<c>Xx</c>, <c>d.d,d</c>).</summary>
    Shape = 4,

    /// <summary>The lowercase prefix of length 1; lengths 2 to 5 take the next four ids.</summary>
    Prefix = 5,

    /// <summary>The lowercase suffix of length 1; lengths 2 to 5 take the next four ids.</summary>
    Suffix = 10,

    /// <summary>The token kind (word, number, suffix...).</summary>
    Kind = 15,

    /// <summary>Casing class and whether the word starts its sentence (dense).</summary>
    CapsAtStart = 16,

    /// <summary>Casing class and the sentence's casing style (dense).</summary>
    CapsInStyle = 17,

    /// <summary>The previous token, lowercased.</summary>
    LowerPrev = 18,

    /// <summary>The token two before, lowercased.</summary>
    LowerPrev2 = 19,

    /// <summary>The next token, lowercased.</summary>
    LowerNext = 20,

    /// <summary>The token two after, lowercased.</summary>
    LowerNext2 = 21,

    /// <summary>The previous and this token, lowercased.</summary>
    LowerPrevLower = 22,

    /// <summary>This and the next token, lowercased.</summary>
    LowerLowerNext = 23,

    /// <summary>The shapes of the previous, this and the next token.</summary>
    ShapeTrigram = 24,

    /// <summary>The casing classes of the previous, this and the next token (dense).</summary>
    CapsTrigram = 25,

    /// <summary>Whether an apostrophe suffix follows, with this word's casing class (dense).</summary>
    NextSuffixCaps = 26,

    /// <summary>The apostrophe suffix that follows, lowercased.</summary>
    NextSuffix = 27,

    /// <summary>A lexicon flag of the word.</summary>
    Flag = 28,

    /// <summary>A lexicon flag of the word with its casing class.</summary>
    FlagCaps = 29,

    /// <summary>A lexicon flag of the previous token.</summary>
    FlagPrev = 30,

    /// <summary>A lexicon flag of the next token.</summary>
    FlagNext = 31,

    /// <summary>The ending after the longest common-word stem (<c>sında</c> of <c>arasında</c>).</summary>
    Ending = 32,

    /// <summary>The stem state with the casing class (dense).</summary>
    StemState = 33,

    /// <summary>The flags of the lexicon phrase the token is part of, and its place in it.</summary>
    Phrase = 34,

    /// <summary>The previous token, lowercased, with this word's casing class.</summary>
    LowerPrevCaps = 35,

    /// <summary>This word's casing class with the next token, lowercased.</summary>
    CapsLowerNext = 36,

    /// <summary>The casing class with the length (up to 12).</summary>
    LengthCaps = 37,

    /// <summary>The document hint (stage two).</summary>
    Hint = 38,

    /// <summary>The document hint with the casing class (stage two).</summary>
    HintCaps = 39,

    /// <summary>The document hint with the word, lowercased (stage two).</summary>
    HintLower = 40,

    /// <summary>The previous token's characters.</summary>
    WordPrev = 41,

    /// <summary>The previous token's casing class with this word, lowercased.</summary>
    CapsPrevLower = 42,

    /// <summary>
    /// A lexicon flag of the word without a case ending written without an apostrophe (<c>türkiye</c> of
    /// <c>Türkiyede</c>, <c>valiliği</c> of <c>Valiliğinden</c>).
    /// </summary>
    SuffixedFlag = 43,

    /// <summary>A <see cref="SuffixedFlag"/> with the word's casing class.</summary>
    SuffixedFlagCaps = 44,

    /// <summary>The word's top cluster (<see cref="WordCluster.Top"/>).</summary>
    ClusterTop = 45,

    /// <summary>The word's middle cluster.</summary>
    ClusterMiddle = 46,

    /// <summary>The word's leaf cluster.</summary>
    ClusterLeaf = 47,

    /// <summary>The word's leaf cluster with its casing class.</summary>
    ClusterLeafCaps = 48,

    /// <summary>The previous token's middle cluster.</summary>
    ClusterPrev = 49,

    /// <summary>The next token's middle cluster.</summary>
    ClusterNext = 50,

    /// <summary>
    /// The word's top cluster in the second clustering (<see cref="Lexicon.SecondCluster"/>; the shipped model's: the
    /// case suffixes written after the word in unlabeled news).
    /// </summary>
    SecondClusterTop = 51,

    /// <summary>The word's middle cluster in the second clustering.</summary>
    SecondClusterMiddle = 52,

    /// <summary>The word's leaf cluster in the second clustering.</summary>
    SecondClusterLeaf = 53,

    /// <summary>The previous token's middle cluster in the second clustering.</summary>
    SecondClusterPrev = 54,

    /// <summary>The next token's middle cluster in the second clustering.</summary>
    SecondClusterNext = 55,
}
