using Nlp.Turkish.Training;
using Nlp.Turkish.Tokenization;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// One document of a CoNLL input being tagged: its lines as read, and after <see cref="Tag"/> each line's predicted
/// IOB2 tag. The document text is the first columns joined by spaces, one sentence a line, as in
/// <see cref="ConllDocument"/>.
/// </summary>
internal sealed class TaggedDocument(string[] lines, int[] sentenceEnds)
{
    private int[]? _labels;

    /// <summary>Builds the document's text and tokens and tags them.</summary>
    public void Tag(EntityRecognizer recognizer)
    {
        var tokens = new Token[lines.Length];
        var sentences = new Sentence[sentenceEnds.Length];
        var builder = new System.Text.StringBuilder(lines.Length * 8);
        var line = 0;
        for (var s = 0; s < sentenceEnds.Length; s++)
        {
            var sentenceStart = builder.Length;
            var firstToken = line;
            for (; line < sentenceEnds[s]; line++)
            {
                var word = FirstColumn(lines[line]);
                if (line > firstToken)
                {
                    builder.Append(' ');
                }

                tokens[line] = new Token(builder.Length, word.Length, TurkishTokenizer.Default.Classify(word));
                builder.Append(word);
            }

            sentences[s] = new Sentence(sentenceStart, builder.Length - sentenceStart, firstToken, line - firstToken);
            builder.Append('\n');
        }

        _labels = new int[lines.Length];
        recognizer.Tag(builder.ToString(), tokens, sentences, _labels, null);
    }

    /// <summary>Writes each line with its tag, and a blank line after each sentence.</summary>
    public void Write(TextWriter output)
    {
        var labels = _labels ?? throw new InvalidOperationException("The document has not been tagged.");
        var line = 0;
        foreach (var end in sentenceEnds)
        {
            for (; line < end; line++)
            {
                output.Write(lines[line]);
                output.Write('\t');
                output.WriteLine(BilouLabels.Iob2(labels[line]));
            }

            output.WriteLine();
        }
    }

    private static ReadOnlySpan<char> FirstColumn(string line)
    {
        var end = line.AsSpan().IndexOfAny('\t', ' ');
        return end < 0 ? line : line.AsSpan(0, end);
    }
}
