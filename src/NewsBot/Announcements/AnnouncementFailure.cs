namespace NewsBot.Announcements;

/// <summary>
/// Something the bot could not do in a guild (an announcement or a mirrored event), for <c>/config</c> to show.
/// <c>What</c> is e.g. "announcement 000_8dbe…@2026-12-03T19:15:00Z/1/-15min" or "event 000_8dbe…#1";
/// <c>Reason</c> e.g. "missing permission: Send Messages".
/// </summary>
public sealed record AnnouncementFailure(ulong GuildId, string What, string Reason, DateTimeOffset At);
