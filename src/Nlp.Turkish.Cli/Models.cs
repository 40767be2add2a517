namespace Nlp.Turkish.Cli;

/// <summary>The recognizer a command uses: the model file named by <c>--model</c>, else the library's default model.</summary>
internal static class Models
{
    /// <summary>The <c>--model</c> option every tagging command takes.</summary>
    public static System.CommandLine.Option<string> Option() =>
        CommandLine.Value("model", "PATH", "A model file written by 'nlp-tr train' (unzipped). Default: the model built into nlp-tr.", "-m");

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
