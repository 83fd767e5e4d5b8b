namespace NewsBot.Core.Documents.Time;

/// <summary>An announced broadcast time placed on the calendar, as far as the text allows.</summary>
public abstract record BroadcastSlot
{
    private BroadcastSlot()
    {
    }

    /// <summary>Date and time: real instants (UTC) in <paramref name="ZoneId"/>.</summary>
    public sealed record At(DateTimeOffset StartsAt, DateTimeOffset? EndsAt, string ZoneId) : BroadcastSlot;

    /// <summary>A day without a time of day.</summary>
    public sealed record OnDay(DateOnly Day) : BroadcastSlot;

    /// <summary>A wall-clock time without a day, in <paramref name="ZoneId"/>; <paramref name="WrittenZone"/> is the abbreviation the text wrote ("EDT"), if any.</summary>
    public sealed record AtClock(TimeOnly Start, TimeOnly? End, string ZoneId, string? WrittenZone) : BroadcastSlot;
}
