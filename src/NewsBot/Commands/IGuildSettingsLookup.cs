using NewsBot.Settings;

namespace NewsBot.Commands;

/// <summary>
/// A guild's stored settings, or null when its moderators never saved any — unlike
/// <see cref="IGuildSettingsStore.GetAsync"/>, which returns defaults. Lets public replies fall back to the guild's
/// Discord locale while the language was never configured. The settings store should implement it with one query.
/// </summary>
internal interface IGuildSettingsLookup
{
    Task<GuildSettings?> FindAsync(ulong guildId, CancellationToken cancellationToken);
}
