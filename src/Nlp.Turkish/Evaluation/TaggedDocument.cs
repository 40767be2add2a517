using Nlp.Turkish.Entities;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// One document of a CoNLL input being tagged: its sentences as read, and after <see cref="Tag"/> each line's
/// predicted IOB2 tag. The document is laid out by <see cref="ConllDocument"/>, as for evaluation.
/// </summary>
internal sealed class TaggedDocument(List<ConllSentence> sentences)
{
    private int[]? _labels;

    /// <summary>Builds the document's text and tokens and tags them.</summary>
    public void Tag(EntityRecognizer recognizer)
    {
        var document = new ConllDocument(sentences, 0, sentences.Count);
        _labels = new int[document.Tokens.Length];
        recognizer.Tag(document.Text, document.Tokens, document.Sentences, _labels, null);
    }

    /// <summary>Writes each line with its tag, and a blank line after each sentence.</summary>
    public void Write(TextWriter output)
    {
        var labels = _labels ?? throw new InvalidOperationException("The document has not been tagged.");
        var token = 0;
        foreach (var sentence in sentences)
        {
            foreach (var line in sentence.Lines)
            {
                output.Write(line);
                output.Write('\t');
                output.WriteLine(Iob2Tags.Of(labels[token++]));
            }

            output.WriteLine();
        }
    }
}
