using System.Runtime.Intrinsics;

namespace Nlp.Turkish.Entities;

/// <summary>First-order Viterbi decoding over per-token label scores, shared by tagging and training.</summary>
internal static class ViterbiDecoder
{
    /// <summary>
    /// The labels that may follow O, L-* or U-*: O, B-* and U-* (the label layout of <see cref="EntityLabels"/>, held
    /// equal to it by <c>ViterbiDecoderTests</c>, as are the shuffles of <see cref="Steps"/>).
    /// </summary>
    internal static ReadOnlySpan<byte> Openers => [0, 1, 4, 5, 8, 9, 12];

    /// <summary>The labels after which an opener may come: O, L-* and U-*.</summary>
    internal static ReadOnlySpan<byte> Closers => [0, 3, 4, 7, 8, 11, 12];

    /// <summary>
    /// Lane shuffles of a row's low (labels 0-7) and high (8-15) vector that give I-T and L-T the value of B-T: the
    /// steps into a name's inside and last token from its first. Viterbi also takes them as the back pointers of those
    /// steps; forward-backward shares them. Other lanes take lane 0 and meet a forbidden or zero step.
    /// </summary>
    internal static readonly Vector256<int> FromBeginLo = Vector256.Create(0, 0, 1, 1, 0, 0, 5, 5);

    /// <inheritdoc cref="FromBeginLo"/>
    internal static readonly Vector256<int> FromBeginHi = Vector256.Create(0, 0, 1, 1, 0, 0, 0, 0);

    /// <summary>As <see cref="FromBeginLo"/>, from I-T: the steps into I-T and L-T from a name's inside token.</summary>
    internal static readonly Vector256<int> FromInsideLo = Vector256.Create(0, 0, 2, 2, 0, 0, 6, 6);

    /// <inheritdoc cref="FromInsideLo"/>
    internal static readonly Vector256<int> FromInsideHi = Vector256.Create(0, 0, 2, 2, 0, 0, 0, 0);

    /// <summary>
    /// The forward steps of Viterbi over positions 1..n-1, with the 13 labels in the lanes of two 8-float vectors
    /// (<paramref name="current"/> holds 16). Only valid BILOU steps can win (every other transition is <see cref="BilouConstraints.Forbidden"/>), so
    /// only they are tried: an opener (O, B-*, U-*) follows any of the 7 closers, one vector maximum a closer; I-T and
    /// L-T follow B-T or I-T, two shuffles of the previous scores. Candidates are compared in label order with a strict
    /// greater-than, so ties break towards the lower label as a dense loop would. Rows of <paramref name="scores"/> and
    /// <paramref name="back"/> are read and written 16 lanes at a time; the 3 beyond a row are the next row's, written
    /// later, or go through a buffer at the end.
    /// </summary>
    private static void Steps(ReadOnlySpan<float> scores, int n, ReadOnlySpan<float> transitions, Span<float> current, Span<int> back)
    {
        Span<float> rows = stackalloc float[7 * EntityLabels.Lanes];
        rows.Fill(float.NegativeInfinity);
        for (var k = 0; k < 7; k++)
        {
            foreach (var y in Openers)
            {
                rows[(k * EntityLabels.Lanes) + y] = transitions[(Closers[k] * EntityLabels.Count) + y];
            }
        }

        Span<float> inside = stackalloc float[2 * EntityLabels.Lanes];
        inside.Clear();
        for (var type = 0; type < EntityLabels.TypeCount; type++)
        {
            var begin = 1 + (type * 4);
            for (var y = begin + 1; y <= begin + 2; y++)
            {
                inside[y] = transitions[(begin * EntityLabels.Count) + y];
                inside[EntityLabels.Lanes + y] = transitions[((begin + 1) * EntityLabels.Count) + y];
            }
        }

        var (fromBeginLo, fromBeginHi, fromInsideLo, fromInsideHi) = (FromBeginLo, FromBeginHi, FromInsideLo, FromInsideHi);
        var beginLabelHi = Vector256.Create(0, 0, 9, 9, 0, 0, 0, 0);
        var insideLabelHi = Vector256.Create(0, 0, 10, 10, 0, 0, 0, 0);
        var maskLo = Vector256.Create(0, 0, -1, -1, 0, 0, -1, -1);
        var maskHi = Vector256.Create(0, 0, -1, -1, 0, 0, 0, 0);
        var tbLo = Vector256.Create<float>(inside);
        var tbHi = Vector256.Create<float>(inside[8..]);
        var tiLo = Vector256.Create<float>(inside[EntityLabels.Lanes..]);
        var tiHi = Vector256.Create<float>(inside[(EntityLabels.Lanes + 8)..]);
        Span<float> row = stackalloc float[EntityLabels.Lanes];
        Span<int> backRow = stackalloc int[EntityLabels.Lanes];
        var lo = Vector256.Create<float>(current);
        var hi = Vector256.Create<float>(current[8..]);
        for (var i = 1; i < n; i++)
        {
            var accLo = Vector256.Create(current[0]) + Vector256.Create<float>(rows);
            var accHi = Vector256.Create(current[0]) + Vector256.Create<float>(rows[8..]);
            var argLo = Vector256<int>.Zero;
            var argHi = Vector256<int>.Zero;
            for (var k = 1; k < 7; k++)
            {
                var p = Closers[k];
                var from = Vector256.Create(current[p]);
                var label = Vector256.Create((int)p);
                var candidateLo = from + Vector256.Create<float>(rows[(k * EntityLabels.Lanes)..]);
                var candidateHi = from + Vector256.Create<float>(rows[((k * EntityLabels.Lanes) + 8)..]);
                var betterLo = Vector256.GreaterThan(candidateLo, accLo);
                var betterHi = Vector256.GreaterThan(candidateHi, accHi);
                accLo = Vector256.ConditionalSelect(betterLo, candidateLo, accLo);
                accHi = Vector256.ConditionalSelect(betterHi, candidateHi, accHi);
                argLo = Vector256.ConditionalSelect(betterLo.AsInt32(), label, argLo);
                argHi = Vector256.ConditionalSelect(betterHi.AsInt32(), label, argHi);
            }

            var beginLo = Vector256.Shuffle(lo, fromBeginLo) + tbLo;
            var beginHi = Vector256.Shuffle(hi, fromBeginHi) + tbHi;
            var insideLo = Vector256.Shuffle(lo, fromInsideLo) + tiLo;
            var insideHi = Vector256.Shuffle(hi, fromInsideHi) + tiHi;
            var takeInsideLo = Vector256.GreaterThan(insideLo, beginLo);
            var takeInsideHi = Vector256.GreaterThan(insideHi, beginHi);
            var continuedLo = Vector256.ConditionalSelect(takeInsideLo, insideLo, beginLo);
            var continuedHi = Vector256.ConditionalSelect(takeInsideHi, insideHi, beginHi);
            var continuedArgLo = Vector256.ConditionalSelect(takeInsideLo.AsInt32(), fromInsideLo, fromBeginLo);
            var continuedArgHi = Vector256.ConditionalSelect(takeInsideHi.AsInt32(), insideLabelHi, beginLabelHi);

            var offset = i * EntityLabels.Count;
            ReadOnlySpan<float> emission = offset + EntityLabels.Lanes <= scores.Length
                ? scores.Slice(offset, EntityLabels.Lanes)
                : Padded(scores.Slice(offset, EntityLabels.Count), row);
            lo = Vector256.ConditionalSelect(maskLo.AsSingle(), continuedLo, accLo) + Vector256.Create(emission);
            hi = Vector256.ConditionalSelect(maskHi.AsSingle(), continuedHi, accHi) + Vector256.Create(emission[8..]);
            var pointersLo = Vector256.ConditionalSelect(maskLo, continuedArgLo, argLo);
            var pointersHi = Vector256.ConditionalSelect(maskHi, continuedArgHi, argHi);
            if (offset + EntityLabels.Lanes <= back.Length)
            {
                pointersLo.CopyTo(back[offset..]);
                pointersHi.CopyTo(back[(offset + 8)..]);
            }
            else
            {
                pointersLo.CopyTo(backRow);
                pointersHi.CopyTo(backRow[8..]);
                backRow[..EntityLabels.Count].CopyTo(back[offset..]);
            }

            lo.CopyTo(current);
            hi.CopyTo(current[8..]);
        }
    }

    private static ReadOnlySpan<float> Padded(ReadOnlySpan<float> values, Span<float> buffer)
    {
        buffer.Clear();
        values.CopyTo(buffer);
        return buffer;
    }

    public static void Decode(ReadOnlySpan<float> scores, int n, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start,
        ReadOnlySpan<float> end, Span<int> labels, Span<int> back)
    {
        Span<float> current = stackalloc float[EntityLabels.Lanes];
        for (var y = 0; y < EntityLabels.Count; y++)
        {
            current[y] = start[y] + scores[y];
        }

        Steps(scores, n, transitions, current, back);

        var last = 0;
        var bestFinal = float.NegativeInfinity;
        for (var y = 0; y < EntityLabels.Count; y++)
        {
            var s = current[y] + end[y];
            if (s > bestFinal)
            {
                bestFinal = s;
                last = y;
            }
        }

        labels[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * EntityLabels.Count) + labels[i]];
        }
    }
}
