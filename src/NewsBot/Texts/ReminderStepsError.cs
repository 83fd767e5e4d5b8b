namespace NewsBot.Texts;

/// <summary>Why a list of reminder steps was refused.</summary>
public enum ReminderStepsError
{
    Empty,
    NotANumber,
    OutOfRange,
    TooMany,
    Duplicate,
}
