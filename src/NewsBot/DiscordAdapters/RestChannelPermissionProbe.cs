using System.Collections.Concurrent;
using NewsBot.Commands.Config;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary>
/// Answers /config's questions about the bot's permissions over REST, for a bot without a gateway connection (HTTP
/// interactions), where no guild cache is filled: the guild (owner, roles), its channels (overwrites) and the bot's
/// member, read together and kept for <see cref="Freshness"/> so that one /config costs one read of each, while a
/// moderator who just fixed a permission sees it seconds later. A failed read answers as the cache does when it does
/// not know the guild.
/// </summary>
internal sealed class RestChannelPermissionProbe(IDiscordRestClient rest, TimeProvider time) : IChannelPermissionProbe
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private const int MaxGuildsKept = 1024;

    private readonly ConcurrentDictionary<ulong, GuildView> _guilds = new();
    private Snowflake? _botId;

    public async Task<ulong?> BotChannelPermissionsAsync(ulong guildId, ulong channelId, CancellationToken cancellationToken)
    {
        if (await ViewAsync(guildId, cancellationToken) is not { } view || !view.Channels.TryGetValue(new Snowflake(channelId), out var channel))
            return null;
        return (ulong)PermissionCalculator.ComputeInChannel(view.Guild.Id, view.Guild.OwnerId, view.BotId, view.Bot.Roles, view.Roles, channel.PermissionOverwrites);
    }

    public async Task<ulong> BotGuildPermissionsAsync(ulong guildId, CancellationToken cancellationToken) =>
        await ViewAsync(guildId, cancellationToken) is { } view
            ? (ulong)PermissionCalculator.ComputeBase(view.Guild.Id, view.Guild.OwnerId, view.BotId, view.Bot.Roles, view.Roles)
            : 0UL;

    public async Task<RoleProbe?> RoleAsync(ulong guildId, ulong roleId, CancellationToken cancellationToken) =>
        await ViewAsync(guildId, cancellationToken) is { } view && view.Roles.TryGetValue(new Snowflake(roleId), out var role)
            ? new RoleProbe(roleId, role.Mentionable)
            : null;

    private async Task<GuildView?> ViewAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_guilds.TryGetValue(guildId, out var kept) && now - kept.ReadAt < Freshness)
            return kept;
        if (await BotIdAsync(cancellationToken) is not { } botId)
            return null;
        var id = new Snowflake(guildId);
        var guild = rest.GetGuildAsync(id, cancellationToken);
        var channels = rest.GetGuildChannelsAsync(id, cancellationToken);
        var member = rest.GetGuildMemberAsync(id, botId, cancellationToken);
        await Task.WhenAll(guild, channels, member);
        if (!guild.Result.IsSuccess || !channels.Result.IsSuccess || !member.Result.IsSuccess)
            return null;
        if (_guilds.Count >= MaxGuildsKept)
            _guilds.Clear();
        var view = new GuildView(now, guild.Result.Value!, botId, member.Result.Value!,
            guild.Result.Value!.Roles.ToDictionary(r => r.Id), channels.Result.Value!.ToDictionary(c => c.Id));
        _guilds[guildId] = view;
        return view;
    }

    private async Task<Snowflake?> BotIdAsync(CancellationToken cancellationToken)
    {
        if (_botId is { } known)
            return known;
        var user = await rest.GetCurrentUserAsync(cancellationToken);
        if (!user.IsSuccess)
            return null;
        _botId = user.Value!.Id;
        return _botId;
    }

    private sealed record GuildView(
        DateTimeOffset ReadAt, Guild Guild, Snowflake BotId, GuildMember Bot, Dictionary<Snowflake, Role> Roles, Dictionary<Snowflake, Channel> Channels);
}
