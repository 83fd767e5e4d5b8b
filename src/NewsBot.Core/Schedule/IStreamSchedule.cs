namespace NewsBot.Core.Schedule;

/// <summary>The current stream schedule, reloaded when its configuration changes.</summary>
public interface IStreamSchedule
{
    /// <summary>Every scheduled stream, ordered by start.</summary>
    IReadOnlyList<StreamEntry> Streams { get; }

    /// <summary>Raised after the schedule was reloaded with a different content.</summary>
    event EventHandler? Changed;
}
