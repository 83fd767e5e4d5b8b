namespace NewsBot.Core.Schedule;

/// <summary>What <see cref="StartTimeParser"/> made of a start time a person typed.</summary>
public abstract record StartTimeResult
{
    private StartTimeResult()
    {
    }

    /// <summary>Understood: the instant, the wall-clock time it was read as, and its zone.</summary>
    /// <param name="StartsAt">The instant, in UTC.</param>
    /// <param name="Local">The wall-clock time in <paramref name="TimeZoneId"/>.</param>
    /// <param name="TimeZoneId">The IANA zone it was read in.</param>
    /// <param name="Ambiguous">The wall-clock time happens twice (the autumn overlap); the first occurrence was taken.</param>
    public sealed record Understood(DateTimeOffset StartsAt, DateTime Local, string TimeZoneId, bool Ambiguous) : StartTimeResult;

    /// <summary>Not understood, and why; <paramref name="Detail"/> names the offending part where there is one.</summary>
    public sealed record Rejected(StartTimeProblem Problem, string? Detail = null) : StartTimeResult;
}

/// <summary>Why a typed start time was not understood.</summary>
public enum StartTimeProblem
{
    /// <summary>Nothing was typed.</summary>
    Empty,

    /// <summary>A word or number that is neither a day nor a time.</summary>
    NotUnderstood,

    /// <summary>A day but no time of day.</summary>
    NoTime,

    /// <summary>A date that does not exist (31.02.) or a time out of range (25:00).</summary>
    NoSuchDate,

    /// <summary>The wall-clock time does not exist in the zone (the clocks jump forward over it).</summary>
    NonexistentLocalTime,

    /// <summary>The zone is not an IANA time zone this machine knows.</summary>
    UnknownTimeZone,

    /// <summary>Longer than any start time is written.</summary>
    TooLong,
}
