using Nlp.Turkish.Training;

namespace Nlp.Turkish.Evaluation;

/// <summary>
/// Runs a recognizer over CoNLL files: evaluation against gold IOB2 tags, and tagging of pre-tokenized text. Tokens and
/// sentence breaks are taken as given; consecutive sentences are grouped into documents of
/// <c>documentSentences</c> sentences for the document-level stage.
/// </summary>
public static class ConllCorpus
{
    /// <summary>The number of consecutive sentences tagged together as one document unless told otherwise.</summary>
    public const int DefaultDocumentSentences = 25;

    /// <summary>Scores a recognizer on a gold CoNLL file with conlleval semantics (exact span and type).</summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="goldPath">An IOB2 CoNLL file: token in the first column, gold tag in the last.</param>
    /// <param name="documentSentences">Sentences per document.</param>
    /// <returns>Precision, recall and F1 per type and overall.</returns>
    /// <exception cref="InvalidDataException">The file is not IOB2 CoNLL.</exception>
    public static EvaluationReport Evaluate(EntityRecognizer recognizer, string goldPath, int documentSentences = DefaultDocumentSentences)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(goldPath);
        var sentences = ConllReader.Read(goldPath, requireTags: true);
        var predicted = Predict(recognizer, sentences, documentSentences);
        var scorer = new EntityScorer();
        for (var s = 0; s < sentences.Count; s++)
        {
            scorer.Add(sentences[s].Tags!, predicted[s]);
        }

        return scorer.Report();
    }

    /// <summary>
    /// Tags a pre-tokenized CoNLL input: writes each input line with the predicted IOB2 tag appended as a last
    /// tab-separated column, and a blank line after each sentence.
    /// </summary>
    /// <param name="recognizer">The recognizer.</param>
    /// <param name="input">CoNLL lines: token in the first column, a blank line between sentences.</param>
    /// <param name="output">Where the tagged lines go.</param>
    /// <param name="documentSentences">Sentences per document.</param>
    public static void Tag(EntityRecognizer recognizer, TextReader input, TextWriter output, int documentSentences = DefaultDocumentSentences)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var sentences = ConllReader.Read(input, requireTags: false, "input");
        var predicted = Predict(recognizer, sentences, documentSentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = 0; i < sentences[s].Lines.Count; i++)
            {
                output.Write(sentences[s].Lines[i]);
                output.Write('\t');
                output.WriteLine(predicted[s][i]);
            }

            output.WriteLine();
        }
    }

    internal static string[][] Predict(EntityRecognizer recognizer, List<ConllSentence> sentences, int documentSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documentSentences, 1);
        var result = new string[sentences.Count][];
        foreach (var document in ConllDocument.Split(sentences, documentSentences))
        {
            var labels = new int[document.Tokens.Length];
            recognizer.Tag(document.Text, document.Tokens, document.Sentences, labels, null);
            for (var s = 0; s < document.Count; s++)
            {
                var range = document.Sentences[s];
                result[document.First + s] = BilouLabels.ToIob2(labels.AsSpan(range.FirstToken, range.TokenCount));
            }
        }

        return result;
    }
}
