namespace NewsBot.Announcements;

/// <summary>
/// Whether a step is still worth posting. It is judged when it is first claimed: a reminder (offset &gt; 0) only if that
/// is before the stream starts, any step only if that is at most the catch-up window after its due time. Later attempts
/// (a retry after a transient failure, a take-over after a crash) finish what the first claim began, with the same nonce,
/// as long as the stream has not ended — so a rate limit, a server error or a restart never costs a step that was on time.
/// </summary>
internal static class CatchUpRule
{
    /// <returns>Null when it may be posted, else why not.</returns>
    public static string? WhyNotPost(
        TimeSpan offset, DateTimeOffset dueAt, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset firstClaimedAt, DateTimeOffset now, TimeSpan window)
    {
        var late = firstClaimedAt - dueAt;
        if (late > window)
            return $"too late: due {dueAt:u}, first claimed {firstClaimedAt:u} ({(int)late.TotalMinutes} min late, catch-up window {(int)window.TotalMinutes} min)";
        if (offset > TimeSpan.Zero && firstClaimedAt >= startsAt)
            return $"too late: the stream already started at {startsAt:u}";
        if (now >= endsAt)
            return $"too late: the stream already ended at {endsAt:u}";
        return null;
    }
}
