namespace NewsBot.Announcements.Events;

/// <summary>An external scheduled event, already within Discord's limits.</summary>
/// <param name="Name">≤ 100 characters.</param>
/// <param name="Location">≤ 100 characters: the stream link, or "Livestream" when it has none or it is too long.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC); required for external events: the schedule's end, else start + the default duration.</param>
/// <param name="Description">≤ 1,000 characters.</param>
public sealed record ScheduledEventSpec(string Name, string Location, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Description);
