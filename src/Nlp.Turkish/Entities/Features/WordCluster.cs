namespace Nlp.Turkish.Entities;

/// <summary>
/// A word's place in a three-level tree of word clusters learned from unlabeled news (words that occur in similar
/// contexts: brands near "model" and "satış", cities near "ilçesinde"): one of 64 top clusters, one of 8 below it, one
/// of 8 below that, 4,096 leaves. The path is 12 bits, <c>top &lt;&lt; 6 | middle &lt;&lt; 3 | leaf</c>, and the lexicon
/// stores it plus one, so that 0 means no cluster (a word too rare to have one).
/// </summary>
internal readonly record struct WordCluster(ushort Stored)
{
    /// <summary>Top clusters; each level below splits a cluster into <see cref="Branching"/>.</summary>
    public const int TopClusters = 64;

    /// <summary>How many clusters a cluster splits into at the levels below the top.</summary>
    public const int Branching = 8;

    /// <summary>No cluster.</summary>
    public static WordCluster None => default;

    /// <summary>Whether the word has a cluster.</summary>
    public bool Exists => Stored != 0;

    /// <summary>The top cluster (64 values).</summary>
    public ulong Top => (ulong)(Stored - 1) >> 6;

    /// <summary>The cluster two levels down, with its top (512 values).</summary>
    public ulong Middle => (ulong)(Stored - 1) >> 3;

    /// <summary>The leaf (4,096 values).</summary>
    public ulong Leaf => (ulong)(Stored - 1);

    /// <summary>The stored form of a path.</summary>
    public static ushort StoredForm(ushort path) => (ushort)(path + 1);

    /// <summary>The path of a leaf from its three levels.</summary>
    public static ushort Path(int top, int middle, int leaf) => (ushort)((top << 6) | (middle << 3) | leaf);
}
