namespace Nlp.Turkish.Training;

/// <summary>
/// A report from <see cref="EntityTrainer"/> (<see cref="EntityTrainingOptions.Progress"/>): a line for people, and for
/// an epoch its number, dev score and timing. Reports come on the training thread, in order.
/// </summary>
/// <param name="Message">What happened, as one line of text (<c>stage 1 epoch 3/10: dev F1 92.15 ...</c>).</param>
public sealed record TrainingProgress(string Message)
{
    /// <summary>The stage being trained (<c>stage 1</c>, <c>stage 2</c>), or null for other reports.</summary>
    public string? Stage { get; init; }

    /// <summary>The epoch just finished, from 1; 0 for reports that are not about an epoch.</summary>
    public int Epoch { get; init; }

    /// <summary>The epochs the stage runs.</summary>
    public int Epochs { get; init; }

    /// <summary>The dev-set micro F1 (0-1) after the epoch, or null without a dev set or outside an epoch.</summary>
    public double? DevF1 { get; init; }

    /// <summary>The time since training began.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>For an epoch: the time the stage's remaining epochs should take at this epoch's pace; else null.</summary>
    public TimeSpan? StageRemaining { get; init; }
}
