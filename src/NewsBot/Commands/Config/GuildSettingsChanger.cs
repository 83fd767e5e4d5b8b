using Microsoft.Extensions.Logging;
using NewsBot.Announcements;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands.Config;

/// <summary>
/// Reads a guild's settings for /config and saves each change with who made it, logging guild, user and change;
/// after each successful save the announcements are re-planned at once.
/// </summary>
internal sealed partial class GuildSettingsChanger(
    IGuildSettingsStore store, IGuildSettingsLookup lookup, IAnnouncementReplanner replanner, ILogger<GuildSettingsChanger> logger)
{
    /// <summary>The stored settings; for a guild that never saved any, the defaults in the guild's Discord language
    /// (so that a first change does not silently switch its public language).</summary>
    public async Task<GuildSettings> CurrentAsync(ulong guildId, string? guildLocale, CancellationToken cancellationToken) =>
        await lookup.FindAsync(guildId, cancellationToken)
        ?? GuildSettings.Default(guildId, BotLocales.FromLocale(guildLocale) ?? BotLanguage.English);

    public async Task SaveAsync(GuildSettings changed, ulong userId, string setting, string value, CancellationToken cancellationToken)
    {
        await store.SaveAsync(changed, userId, cancellationToken);
        LogChanged(changed.GuildId, userId, setting, value);
        replanner.Replan();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: user {UserId} set {Setting} to {Value}")]
    private partial void LogChanged(ulong guildId, ulong userId, string setting, string value);
}
