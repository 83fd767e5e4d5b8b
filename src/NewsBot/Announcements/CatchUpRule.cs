namespace NewsBot.Announcements;

/// <summary>
/// Whether a step is still worth posting now. A reminder (offset &gt; 0) only before the stream starts and at most the
/// catch-up window after its due time; "live now" (offset 0) only within the window and before the stream ends.
/// </summary>
internal static class CatchUpRule
{
    /// <returns>Null when it may be posted, else why not.</returns>
    public static string? WhyNotPost(TimeSpan offset, DateTimeOffset dueAt, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now, TimeSpan window)
    {
        var late = now - dueAt;
        if (late > window)
            return $"too late: due {dueAt:u}, now {now:u} ({(int)late.TotalMinutes} min late, catch-up window {(int)window.TotalMinutes} min)";
        if (offset > TimeSpan.Zero && now >= startsAt)
            return $"too late: the stream already started at {startsAt:u}";
        if (offset == TimeSpan.Zero && now >= endsAt)
            return $"too late: the stream already ended at {endsAt:u}";
        return null;
    }
}
