namespace Nlp.Turkish.Cli;

/// <summary>The recognizer a command uses: the model file named by <c>--model</c>, else the library's default model.</summary>
internal static class Models
{
    public static EntityRecognizer Load(string? path)
    {
        if (path is null)
        {
            return EntityRecognizer.Default;
        }

        InputText.RequireFile(path, "model file");
        try
        {
            return EntityRecognizer.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"cannot load model '{path}': {e.Message}");
        }
    }
}
