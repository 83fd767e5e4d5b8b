using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.Core.Schedule;

/// <summary>Where the stream schedule lives and how it is read (section <c>Schedule</c>).</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>The schedule file; relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string File { get; set; } = "config/streams.json";

    /// <summary>The IANA zone of start/end times written without an offset.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DefaultTimeZone { get; set; } = "Europe/Berlin";

    /// <summary>How often the file is checked for changes in addition to the file watcher.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the file watcher lets a burst of changes settle before reading the file once.</summary>
    [TimeSpanRange("00:00:00", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a stream without an end time is assumed to last.</summary>
    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan DefaultDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many streams moderators may have scheduled from Discord in one server that are not over yet.</summary>
    [Range(1, 10_000)]
    public int MaxStreamsPerGuild { get; set; } = 50;
}
