using NewsBot.Settings;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>A settings store that, like the SQL store, is also the lookup.</summary>
internal sealed class InMemoryGuildSettingsStore : IGuildSettingsStore, IGuildSettingsLookup
{
    private readonly Dictionary<ulong, GuildSettings> _settings = [];

    public List<(GuildSettings Settings, ulong UserId)> Saves { get; } = [];

    /// <summary>When set, every save throws it and stores nothing.</summary>
    public Exception? SaveFailure { get; set; }

    public void Put(GuildSettings settings) => _settings[settings.GuildId] = settings;

    public Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken) =>
        Task.FromResult(_settings.GetValueOrDefault(guildId) ?? GuildSettings.Default(guildId));

    public Task SaveAsync(GuildSettings settings, ulong changedByUserId, CancellationToken cancellationToken)
    {
        if (SaveFailure is not null)
            throw SaveFailure;
        _settings[settings.GuildId] = settings;
        Saves.Add((settings, changedByUserId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GuildSettings>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GuildSettings>>(_settings.Values.ToList());

    public Task<GuildSettings?> FindAsync(ulong guildId, CancellationToken cancellationToken) =>
        Task.FromResult(_settings.GetValueOrDefault(guildId));

    public ValueTask<GuildSettings?> FindRecentAsync(ulong guildId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_settings.GetValueOrDefault(guildId));
}
