using NewsBot.Commands.Config;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class FakePermissionProbe : IChannelPermissionProbe
{
    public Dictionary<ulong, ulong> ChannelPermissions { get; } = [];

    public Dictionary<ulong, RoleProbe> Roles { get; } = [];

    public ulong GuildPermissions { get; set; }

    public Task<ulong?> BotChannelPermissionsAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken) =>
        Task.FromResult(ChannelPermissions.TryGetValue(channelId, out var p) ? p : (ulong?)null);

    public Task<ulong> BotGuildPermissionsAsync(ulong guildId, CancellationToken cancellationToken) => Task.FromResult(GuildPermissions);

    public Task<RoleProbe?> RoleAsync(ulong guildId, ulong roleId, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.GetValueOrDefault(roleId));
}
