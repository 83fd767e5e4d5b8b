using NewsBot.Settings;

namespace NewsBot.Commands;

/// <summary>Fallback <see cref="IGuildSettingsLookup"/> over <see cref="IGuildSettingsStore.ListAsync"/> until the store offers a direct query.</summary>
internal sealed class StoreListGuildSettingsLookup(IGuildSettingsStore store) : IGuildSettingsLookup
{
    public async Task<GuildSettings?> FindAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        return all.FirstOrDefault(s => s.GuildId == guildId);
    }
}
