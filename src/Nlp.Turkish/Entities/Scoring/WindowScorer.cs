using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Nlp.Turkish.Entities;

/// <summary>
/// The tagging path's scores of a window: what <see cref="FeatureExtractor.Extract(ReadOnlySpan{TokenFacts}, ReadOnlySpan{DocumentHint}, Span{ulong}, Span{int})"/>
/// defines as the sum of a token's feature weights, computed from the word cache's sums of its own features and of
/// the features its neighbours give it, plus its context features' rows from the emission table. Stage one's and stage
/// two's (without hints) scores come out of one pass. <c>ScoringPathTests</c> holds it equal to the definition.
/// </summary>
internal static class WindowScorer
{

    /// <summary>
    /// Scores a window's tokens for both stages from the word cache: a word's own sum, the sums its neighbours
    /// contribute in their roles, then its context features (<see cref="FeatureExtractor.ContextFeatures"/>) from the
    /// table. Writes <c>n × 13</c> scores to <paramref name="first"/> and <paramref name="second"/>.
    /// </summary>
    /// <remarks>
    /// The context keys of every token are computed first (into <paramref name="contextKeys"/>,
    /// <see cref="FeatureExtractor.MaxContextFeatures"/> a token, and <paramref name="contextCounts"/>), so that lookups
    /// run ahead of the sums in two steps: the table slots of the token four ahead are requested from memory, the keys of
    /// the token two ahead (whose slots are cached by then) are replaced by their rows and the rows requested, and this
    /// token reads its rows. A row is found after its slot, so requesting both in one step left the row's fetch to wait
    /// in the sum (paired, this pipeline tagged 1.04x as fast). The cached sums of the token four ahead (the five groups
    /// that it and its neighbours read) are requested too.
    /// </remarks>
    public static void Score(EmissionTable table, WordCache cache, ReadOnlySpan<int> entries, ReadOnlySpan<TokenFacts> facts, Span<float> first,
        Span<float> second, Span<ulong> contextKeys, Span<int> contextCounts)
    {
        const int PerToken = FeatureExtractor.MaxContextFeatures;
        const int SlotsAhead = 4;
        const int RowsAhead = 2;
        const int SumsAhead = 4;
        ref var rows = ref table.RowsStart;
        for (var i = 0; i < Math.Min(SumsAhead, facts.Length); i++)
        {
            cache.PrefetchSums(entries[i]);
        }

        Span<float> padded = stackalloc float[EmissionTable.Stride];
        var n = facts.Length;
        var style = FeatureExtractor.Style(facts);
        for (var i = 0; i < n; i++)
        {
            contextCounts[i] = FeatureExtractor.HasContext(facts[i].Kind)
                ? FeatureExtractor.ContextFeatures(facts, i, style, DocumentHint.None, contextKeys.Slice(i * PerToken, PerToken), denseIndexes: true)
                : 0;
        }

        for (var i = 0; i < Math.Min(SlotsAhead, n); i++)
        {
            PrefetchContext(table, contextKeys.Slice(i * PerToken, contextCounts[i]));
        }

        for (var i = 0; i < Math.Min(RowsAhead, n); i++)
        {
            LocateContext(table, contextKeys.Slice(i * PerToken, contextCounts[i]));
        }

        for (var i = 0; i < n; i++)
        {
            if (i + SlotsAhead < n)
            {
                PrefetchContext(table, contextKeys.Slice((i + SlotsAhead) * PerToken, contextCounts[i + SlotsAhead]));
            }

            if (i + RowsAhead < n)
            {
                LocateContext(table, contextKeys.Slice((i + RowsAhead) * PerToken, contextCounts[i + RowsAhead]));
            }

            if (i + SumsAhead < n)
            {
                cache.PrefetchSums(entries[i + SumsAhead]);
            }

            // Cached sums are 26 floats: a and b read stage one (b's last 3 lanes are stage two's and go unused),
            // c and d read stage two from float 13 (d's last 3 lanes run past the sum and go unused). Table rows are
            // padded to 16 weights a stage, so their lanes line up with the same accumulators. (Written out rather than
            // through the table's row-sum helper, which is slower here: TaggerBenchmarks.AnalyzeMilliyetTest.)
            ref var own = ref cache.Sum(entries[i], 0);
            var a = Vector256.LoadUnsafe(ref own);
            var b = Vector256.LoadUnsafe(ref own, 8);
            var c = Vector256.LoadUnsafe(ref own, EntityLabels.Count);
            var d = Vector256.LoadUnsafe(ref own, EntityLabels.Count + 8);
            if (FeatureExtractor.HasContext(facts[i].Kind))
            {
                // The neighbours' role sums in role order (Previous, SecondPrevious, Next, SecondNext).
                ref var previous = ref i >= 1 ? ref cache.Sum(entries[i - 1], WordCache.Group(Neighbour.Previous)) : ref cache.Edge(Neighbour.Previous);
                Add(ref previous, ref a, ref b, ref c, ref d);
                ref var second2 = ref i >= 2 ? ref cache.Sum(entries[i - 2], WordCache.Group(Neighbour.SecondPrevious)) : ref cache.Edge(Neighbour.SecondPrevious);
                Add(ref second2, ref a, ref b, ref c, ref d);
                ref var next = ref i + 1 < n ? ref cache.Sum(entries[i + 1], WordCache.Group(Neighbour.Next)) : ref cache.Edge(Neighbour.Next);
                Add(ref next, ref a, ref b, ref c, ref d);
                ref var next2 = ref i + 2 < n ? ref cache.Sum(entries[i + 2], WordCache.Group(Neighbour.SecondNext)) : ref cache.Edge(Neighbour.SecondNext);
                Add(ref next2, ref a, ref b, ref c, ref d);

                var located = contextKeys.Slice(i * PerToken, contextCounts[i]);
                for (var k = 0; k < located.Length; k++)
                {
                    var row = (int)located[k];
                    if (row >= 0)
                    {
                        var offset = (nuint)(row * EmissionTable.Stride);
                        EmissionTable.Accumulate(Vector256.LoadUnsafe(ref rows, offset), ref a, ref b);
                        EmissionTable.Accumulate(Vector256.LoadUnsafe(ref rows, offset + EmissionTable.Half), ref c, ref d);
                    }
                }
            }

            if (i + 1 < n)
            {
                // 16 floats a stage from the row's start: the 3 beyond it are the next row's, written next.
                ref var firstRow = ref first[i * EntityLabels.Count];
                a.StoreUnsafe(ref firstRow);
                b.StoreUnsafe(ref firstRow, 8);
                ref var secondRow = ref second[i * EntityLabels.Count];
                c.StoreUnsafe(ref secondRow);
                d.StoreUnsafe(ref secondRow, 8);
            }
            else
            {
                a.CopyTo(padded);
                b.CopyTo(padded[8..]);
                c.CopyTo(padded[EmissionTable.Half..]);
                d.CopyTo(padded[(EmissionTable.Half + 8)..]);
                padded[..EntityLabels.Count].CopyTo(first.Slice(i * EntityLabels.Count, EntityLabels.Count));
                padded.Slice(EmissionTable.Half, EntityLabels.Count).CopyTo(second.Slice(i * EntityLabels.Count, EntityLabels.Count));
            }
        }
    }

    /// <summary>Adds a cached 26-float sum to the four accumulators (see <see cref="Score"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref float sum, ref Vector256<float> a, ref Vector256<float> b, ref Vector256<float> c, ref Vector256<float> d)
    {
        a += Vector256.LoadUnsafe(ref sum);
        b += Vector256.LoadUnsafe(ref sum, 8);
        c += Vector256.LoadUnsafe(ref sum, EntityLabels.Count);
        d += Vector256.LoadUnsafe(ref sum, EntityLabels.Count + 8);
    }

    /// <summary>
    /// Replaces a token's context keys by their rows (as <c>(ulong)row</c>, -1 for none) and requests the rows from memory:
    /// the slots were requested <c>SlotsAhead - RowsAhead</c> tokens before, so the lookup finds them cached.
    /// </summary>
    private static void LocateContext(EmissionTable table, Span<ulong> keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            var row = ((DenseFeatures.ContextPositions >> k) & 1) != 0 ? table.DenseRow((int)keys[k]) : table.RowOf(keys[k]);
            keys[k] = (ulong)row;
            table.PrefetchRow(row);
        }
    }

    /// <summary>Requests the table slots of a token's hashed context features (the dense ones need none).</summary>
    private static void PrefetchContext(EmissionTable table, ReadOnlySpan<ulong> keys)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            if (((DenseFeatures.ContextPositions >> k) & 1) == 0)
            {
                table.Prefetch(keys[k]);
            }
        }
    }
}
