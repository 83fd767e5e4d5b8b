namespace NewsBot.Companion;

/// <summary>Persistent companion settings per guild (the guild's defaults when it never changed any).</summary>
public interface ICompanionSettingsStore
{
    Task<CompanionSettings> GetAsync(ulong guildId, CancellationToken cancellationToken);

    Task SaveAsync(CompanionSettings settings, ulong changedBy, DateTimeOffset now, CancellationToken cancellationToken);
}
