using System.Globalization;
using System.Numerics;
using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// Word clusters from word vectors: the vectors of a fastText <c>.vec</c> file (learned from unlabeled news, see
/// <c>models/build/</c>), normalized, split by k-means into 64 clusters, each of those into 8, each of those into 8
/// (<see cref="WordCluster"/>). Deterministic: k-means++ seeded from a fixed seed, sums in word order.
/// </summary>
internal static class WordClusters
{
    private const int Iterations = 20;

    /// <summary>The cluster path of every word of the vector file (lowercased words, as the file holds them).</summary>
    /// <exception cref="InvalidDataException">The file is not a word-vector text file.</exception>
    public static Dictionary<string, ushort> Build(string path, int seed, Action<string>? progress)
    {
        var (words, vectors, dimension) = Read(path);
        var all = Enumerable.Range(0, words.Count).ToArray();
        var top = KMeans(vectors, dimension, all, WordCluster.TopClusters, new Random(seed));
        var paths = new ushort[words.Count];
        for (var c = 0; c < WordCluster.TopClusters; c++)
        {
            var inTop = Members(all, top, c);
            var middle = KMeans(vectors, dimension, inTop, WordCluster.Branching, new Random(seed + 1 + c));
            for (var m = 0; m < WordCluster.Branching; m++)
            {
                var inMiddle = Members(inTop, middle, m);
                var leaf = KMeans(vectors, dimension, inMiddle, WordCluster.Branching, new Random(seed + 1000 + (c * 8) + m));
                for (var i = 0; i < inMiddle.Length; i++)
                {
                    paths[inMiddle[i]] = WordCluster.Path(c, m, leaf[i]);
                }
            }
        }

        var result = new Dictionary<string, ushort>(words.Count, StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            result[words[w]] = paths[w];
        }

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"clusters: {words.Count:N0} words of {path} in 64 x 8 x 8 clusters"));
        return result;
    }

    /// <summary>The members of <paramref name="points"/> whose assignment is <paramref name="cluster"/>, in order.</summary>
    private static int[] Members(int[] points, int[] assignment, int cluster)
    {
        var members = new List<int>();
        for (var i = 0; i < points.Length; i++)
        {
            if (assignment[i] == cluster)
            {
                members.Add(points[i]);
            }
        }

        return [.. members];
    }

    /// <summary>A fastText <c>.vec</c> file: a header <c>count dimension</c>, then a word and its numbers a line.</summary>
    private static (List<string> Words, float[] Vectors, int Dimension) Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(' ');
        if (header is not { Length: 2 } || !int.TryParse(header[1], CultureInfo.InvariantCulture, out var dimension) || dimension < 1)
        {
            throw new InvalidDataException($"{path}: not a word-vector text file (expected a header 'count dimension').");
        }

        var words = new List<string>();
        var vectors = new List<float>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var parts = text.TrimEnd().Split(' ');
            if (parts.Length != dimension + 1)
            {
                throw new InvalidDataException($"{path}:{line}: expected a word and {dimension} numbers.");
            }

            if (parts[0] == "</s>")
            {
                continue;
            }

            var start = vectors.Count;
            for (var d = 1; d <= dimension; d++)
            {
                vectors.Add(float.Parse(parts[d], CultureInfo.InvariantCulture));
            }

            var vector = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(vectors).Slice(start, dimension);
            var norm = MathF.Sqrt(Dot(vector, vector));
            for (var d = 0; d < dimension && norm > 0; d++)
            {
                vectors[start + d] /= norm;
            }

            words.Add(parts[0]);
        }

        return (words, [.. vectors], dimension);
    }

    /// <summary>
    /// k-means of the given points into <paramref name="k"/> clusters (fewer points than clusters: one each), k-means++
    /// initialization; returns each point's cluster. Assignments run on all cores; sums run in point order.
    /// </summary>
    private static int[] KMeans(float[] vectors, int dimension, int[] points, int k, Random random)
    {
        var n = points.Length;
        var assignment = new int[n];
        if (n <= k)
        {
            for (var i = 0; i < n; i++)
            {
                assignment[i] = i;
            }

            return assignment;
        }

        ReadOnlySpan<float> Vector(int point) => vectors.AsSpan(points[point] * dimension, dimension);
        var centroids = new float[k * dimension];
        var nearest = new double[n];
        Vector(random.Next(n)).CopyTo(centroids);
        for (var i = 0; i < n; i++)
        {
            nearest[i] = Distance(Vector(i), centroids.AsSpan(0, dimension));
        }

        for (var c = 1; c < k; c++)
        {
            var total = nearest.Sum();
            var target = random.NextDouble() * total;
            var chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                target -= nearest[i];
                if (target <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            Vector(chosen).CopyTo(centroids.AsSpan(c * dimension, dimension));
            for (var i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], Distance(Vector(i), centroids.AsSpan(c * dimension, dimension)));
            }
        }

        var sums = new double[k * dimension];
        var counts = new int[k];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, n, () => 0, (i, _, local) =>
            {
                var best = 0;
                var bestDistance = double.MaxValue;
                for (var c = 0; c < k; c++)
                {
                    var distance = Distance(vectors.AsSpan(points[i] * dimension, dimension), centroids.AsSpan(c * dimension, dimension));
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = c;
                    }
                }

                local += assignment[i] != best || iteration == 0 ? 1 : 0;
                assignment[i] = best;
                return local;
            }, local => Interlocked.Add(ref changed, local));

            if (changed == 0)
            {
                break;
            }

            Array.Clear(sums);
            Array.Clear(counts);
            for (var i = 0; i < n; i++)
            {
                var c = assignment[i];
                counts[c]++;
                var v = Vector(i);
                for (var d = 0; d < dimension; d++)
                {
                    sums[(c * dimension) + d] += v[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                for (var d = 0; d < dimension && counts[c] > 0; d++)
                {
                    centroids[(c * dimension) + d] = (float)(sums[(c * dimension) + d] / counts[c]);
                }
            }
        }

        return assignment;
    }

    /// <summary>The squared distance of a unit vector <paramref name="a"/> from <paramref name="b"/>.</summary>
    private static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => Math.Max(0, 1 + (double)Dot(b, b) - (2 * (double)Dot(a, b)));

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i + Vector<float>.Count <= a.Length; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }
}
