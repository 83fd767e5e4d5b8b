namespace NewsBot.Settings;

/// <summary>
/// A guild's stored settings, or null when its moderators never saved any — unlike
/// <see cref="IGuildSettingsStore.GetAsync"/>, which returns defaults. Lets public replies fall back to the guild's
/// Discord locale while the language was never configured. The SQL store answers it with one query by primary key.
/// </summary>
public interface IGuildSettingsLookup
{
    Task<GuildSettings?> FindAsync(ulong guildId, CancellationToken cancellationToken);
}
