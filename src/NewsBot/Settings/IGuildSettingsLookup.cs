namespace NewsBot.Settings;

/// <summary>
/// A guild's stored settings, or null when its moderators never saved any — unlike
/// <see cref="IGuildSettingsStore.GetAsync"/>, which returns defaults. Lets public replies fall back to the guild's
/// Discord locale while the language was never configured. The SQL store answers it with one query by primary key.
/// </summary>
public interface IGuildSettingsLookup
{
    Task<GuildSettings?> FindAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="FindAsync"/>, but may answer from what was read in the last few seconds (the SQL store: at most
    /// <see cref="RecentGuildSettings.MaxAge"/>, and never older than this process's own last save of the guild). For
    /// the language of public replies; whatever changes settings reads them with <see cref="FindAsync"/>.
    /// </summary>
    ValueTask<GuildSettings?> FindRecentAsync(ulong guildId, CancellationToken cancellationToken);
}
