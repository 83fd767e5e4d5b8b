using NewsBot.Commands.Config;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Models;

namespace NewsBot.DiscordAdapters;

/// <summary>Answers /config's questions about the bot's permissions from the gateway's guild cache.</summary>
internal sealed class DiscordChannelPermissionProbe(IDiscordGuildCache cache) : IChannelPermissionProbe
{
    public Task<ulong?> BotChannelPermissionsAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken) =>
        Task.FromResult(cache.GetBotPermissions(guildId, channelId) is { } granted ? (ulong?)(ulong)granted : null);

    public Task<ulong> BotGuildPermissionsAsync(ulong guildId, CancellationToken cancellationToken)
    {
        if (cache.GetGuild(guildId) is not { BotMember: { } member } guild || cache.CurrentUserId is not { } botId)
            return Task.FromResult(0UL);
        var granted = PermissionCalculator.ComputeBase(guild.Id, guild.OwnerId, botId, member.Roles, guild.Roles);
        return Task.FromResult((ulong)granted);
    }

    public Task<RoleProbe?> RoleAsync(ulong guildId, ulong roleId, CancellationToken cancellationToken)
    {
        if (cache.GetGuild(guildId) is { } guild && guild.Roles.TryGetValue(roleId, out var role))
            return Task.FromResult<RoleProbe?>(new RoleProbe(roleId, role.Mentionable));
        return Task.FromResult<RoleProbe?>(null);
    }
}
