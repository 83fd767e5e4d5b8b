using NewsBot.Texts;

namespace NewsBot.Settings;

/// <summary>A guild's moderator-chosen settings.</summary>
/// <param name="GuildId">The guild.</param>
/// <param name="AnnouncementChannelId">Where announcements go; null = no announcements.</param>
/// <param name="PingRoleId">The only role an announcement may ping; null = ping nobody.</param>
/// <param name="ReminderOffsets">How long before the start each announcement goes out; zero = "live now".</param>
/// <param name="Language">The language of public replies and announcements.</param>
/// <param name="MirrorEvents">Whether streams are mirrored as Discord scheduled events.</param>
public sealed record GuildSettings(
    ulong GuildId,
    ulong? AnnouncementChannelId,
    ulong? PingRoleId,
    IReadOnlyList<TimeSpan> ReminderOffsets,
    BotLanguage Language,
    bool MirrorEvents)
{
    /// <summary>The IANA zone /streams reads a start in when none is given; null = <c>Schedule:DefaultTimeZone</c>.</summary>
    public string? TimeZone { get; init; }

    public static readonly IReadOnlyList<TimeSpan> DefaultReminderOffsets = [TimeSpan.FromMinutes(15), TimeSpan.Zero];

    public static GuildSettings Default(ulong guildId, BotLanguage language = BotLanguage.German) =>
        new(guildId, null, null, DefaultReminderOffsets, language, false);
}
