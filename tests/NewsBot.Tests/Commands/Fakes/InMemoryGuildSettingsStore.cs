using NewsBot.Settings;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class InMemoryGuildSettingsStore : IGuildSettingsStore
{
    private readonly Dictionary<ulong, GuildSettings> _settings = [];

    public List<(GuildSettings Settings, ulong UserId)> Saves { get; } = [];

    public void Put(GuildSettings settings) => _settings[settings.GuildId] = settings;

    public Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken) =>
        Task.FromResult(_settings.GetValueOrDefault(guildId) ?? GuildSettings.Default(guildId));

    public Task SaveAsync(GuildSettings settings, ulong changedByUserId, CancellationToken cancellationToken)
    {
        _settings[settings.GuildId] = settings;
        Saves.Add((settings, changedByUserId));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GuildSettings>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GuildSettings>>(_settings.Values.ToList());
}
