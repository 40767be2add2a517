using System.Runtime.InteropServices;
using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Training;

/// <summary>
/// Builds a model's <see cref="EmissionTable"/> from its trained stages: one merged row for each feature key of either
/// stage, in ascending key order, so that the model file does not depend on the order features were met in training.
/// </summary>
internal static unsafe class EmissionMerge
{

    /// <summary>
    /// Merges the emission weights of trained stages into one table: the union of their keys in ascending order, each
    /// row holding the first stage's weights of the key and the second's (zero where a stage lacks the key).
    /// </summary>
    public static EmissionTable Merge(TrainedStage first, TrainedStage? second)
    {
        var a = SortedRows(first);
        var b = second is null ? [] : SortedRows(second);
        var keys = new List<ulong>(a.Length + b.Length);
        var rows = new List<(int First, int Second)>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var keyA = i < a.Length ? a[i].Key : ulong.MaxValue;
            var keyB = j < b.Length ? b[j].Key : ulong.MaxValue;
            var takeA = i < a.Length && keyA <= keyB;
            var takeB = j < b.Length && keyB <= keyA;
            keys.Add(takeA ? keyA : keyB);
            rows.Add((takeA ? a[i++].Row : -1, takeB ? b[j++].Row : -1));
        }

        // Weights are kept at half precision, which costs no accuracy, halves the table and lets the model file compress.
        var memory = ModelMemory.Allocate<ushort>(rows.Count * EmissionTable.Stride);
        var merged = new Span<ushort>(memory.Start, rows.Count * EmissionTable.Stride);
        for (var row = 0; row < rows.Count; row++)
        {
            if (rows[row].First >= 0)
            {
                Round(first.EmissionRow(rows[row].First), merged.Slice(row * EmissionTable.Stride, EntityLabels.Count));
            }

            if (rows[row].Second >= 0)
            {
                Round(second!.EmissionRow(rows[row].Second), merged.Slice((row * EmissionTable.Stride) + EmissionTable.Half, EntityLabels.Count));
            }
        }

        return new EmissionTable(new FeatureTable(CollectionsMarshal.AsSpan(keys)), memory, (ushort*)memory.Start);
    }

    /// <summary>
    /// Writes weights as the bits of half-precision numbers, rounded to nearest; a weight too small for a normal half
    /// (below 2^-14 in magnitude) becomes zero, as the table holds only normal numbers and zeros (the shipped model scored
    /// the same counts on every evaluation set with them as without).
    /// </summary>
    /// <exception cref="InvalidDataException">A weight is too large for half precision (65,504).</exception>
    internal static void Round(ReadOnlySpan<float> weights, Span<ushort> destination)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            var half = (Half)weights[i];
            if (Half.IsSubnormal(half))
            {
                half = (Half)0f;
            }
            else if (!Half.IsFinite(half))
            {
                throw new InvalidDataException($"A weight ({weights[i]}) is too large for the model file's half precision.");
            }

            destination[i] = BitConverter.HalfToUInt16Bits(half);
        }
    }

    private static (ulong Key, int Row)[] SortedRows(TrainedStage weights)
    {
        var rows = new (ulong Key, int Row)[weights.Keys.Length];
        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = (weights.Keys[row], row);
        }

        Array.Sort(rows);
        return rows;
    }
}
