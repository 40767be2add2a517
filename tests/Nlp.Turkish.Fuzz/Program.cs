using System.Text;
using Nlp.Turkish;
using Nlp.Turkish.Tests.Tokenization;
using SharpFuzz;

// Coverage-guided fuzzing of the recognizer with AFL++ (see run.sh). Each input is read as UTF-8 text (invalid bytes
// become U+FFFD) and, to reach lone surrogates and other UTF-16 oddities, also as raw UTF-16 code units; both go through
// Analyze. Any exception, or a token or entity offset that does not name the exact input characters, is a finding.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    Check(Encoding.UTF8.GetString(bytes));
    Check(new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1))));
});

static void Check(string text)
{
    var document = EntityRecognizer.Default.Analyze(text);
    if (TokenizerAssert.FindInvariantViolation(text, document) is { } violation)
    {
        throw new InvalidOperationException(violation);
    }

    foreach (var entity in document.Entities)
    {
        if (entity.End > text.Length || !text.AsSpan(entity.Start, entity.Length).SequenceEqual(entity.Text)
            || entity.BaseForm.Length is 0 || entity.BaseForm.Length > entity.Length || !(entity.Score is >= 0 and <= 1))
        {
            throw new InvalidOperationException($"mention {entity.Type} [{entity.Start},{entity.End}) '{entity.Text}' is not exact");
        }
    }
}
