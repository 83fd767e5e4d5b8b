namespace NewsBot.Settings;

/// <summary>Persistent per-guild settings (SQLite by default, PostgreSQL when configured).</summary>
public interface IGuildSettingsStore
{
    /// <summary>The guild's settings, or its defaults when it never changed any.</summary>
    Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>Stores the settings and records who changed them.</summary>
    Task SaveAsync(GuildSettings settings, ulong changedByUserId, CancellationToken cancellationToken);

    /// <summary>Every guild that has stored settings.</summary>
    Task<IReadOnlyList<GuildSettings>> ListAsync(CancellationToken cancellationToken);
}
