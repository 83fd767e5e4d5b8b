using System.Collections.Concurrent;
using System.Collections.Immutable;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Caching;

/// <summary>Keeps guild snapshots current from the typed GUILD_*, CHANNEL_* and GUILD_ROLE_* events.</summary>
internal sealed class DiscordGuildCache : IDiscordGuildCache
{
    private readonly ConcurrentDictionary<Snowflake, CachedGuild> _guilds = new();
    private long _currentUserId;

    public Snowflake? CurrentUserId => Interlocked.Read(ref _currentUserId) is var id and not 0 ? new Snowflake((ulong)id) : null;

    public IReadOnlyCollection<Snowflake> GuildIds => [.. _guilds.Keys];

    public CachedGuild? GetGuild(Snowflake guildId) => _guilds.GetValueOrDefault(guildId);

    public Permissions? GetBotPermissions(Snowflake guildId, Snowflake channelId) =>
        CurrentUserId is { } bot && GetGuild(guildId) is { } guild ? guild.ComputeBotPermissions(channelId, bot) : null;

    /// <summary>Applies a gateway event the cache follows; others are ignored.</summary>
    public void Apply(GatewayEvent gatewayEvent)
    {
        switch (gatewayEvent)
        {
            case ReadyEvent ready:
                Interlocked.Exchange(ref _currentUserId, (long)ready.User.Id.Value);
                break;
            case GuildCreateEvent { Guild: var created }:
                if (created.Unavailable != true)
                    _guilds[created.Id] = FromGuild(created);
                break;
            case GuildUpdateEvent { Guild: var updated }:
                Update(updated.Id, g => g with
                {
                    Name = updated.Name,
                    OwnerId = updated.OwnerId,
                    PreferredLocale = updated.PreferredLocale,
                    Roles = updated.Roles.Count > 0 ? updated.Roles.ToImmutableDictionary(r => r.Id) : g.Roles,
                });
                break;
            case GuildDeleteEvent deleted:
                _guilds.TryRemove(deleted.Id, out _);
                break;
            case ChannelCreateEvent { Channel: var channel }:
                SetChannel(channel);
                break;
            case ChannelUpdateEvent { Channel: var channel }:
                SetChannel(channel);
                break;
            case ChannelDeleteEvent { Channel: var gone }:
                if (gone.GuildId is { } goneGuild)
                    Update(goneGuild, g => g with { Channels = g.Channels.Remove(gone.Id) });
                break;
            case GuildRoleCreateEvent created:
                SetRole(created.GuildId, created.Role);
                break;
            case GuildRoleUpdateEvent updated:
                SetRole(updated.GuildId, updated.Role);
                break;
            case GuildRoleDeleteEvent roleDelete:
                Update(roleDelete.GuildId, g => g with { Roles = g.Roles.Remove(roleDelete.RoleId) });
                break;
            case GuildMemberUpdateEvent member:
                // Only arrives with the GUILD_MEMBERS intent; kept so role changes of the bot apply when it is on.
                if (member.User.Id == CurrentUserId)
                    Update(member.GuildId, g => g with { BotMember = new GuildMember { User = member.User, Roles = member.Roles, Nick = member.Nick } });
                break;
        }
    }

    private void SetChannel(Channel channel)
    {
        if (channel.GuildId is { } guildId)
            Update(guildId, g => g with { Channels = g.Channels.SetItem(channel.Id, channel) });
    }

    private void SetRole(Snowflake guildId, Role role) => Update(guildId, g => g with { Roles = g.Roles.SetItem(role.Id, role) });

    private void Update(Snowflake guildId, Func<CachedGuild, CachedGuild> change)
    {
        while (_guilds.TryGetValue(guildId, out var current))
        {
            if (_guilds.TryUpdate(guildId, change(current), current))
                return;
        }
    }

    private CachedGuild FromGuild(Guild guild)
    {
        var bot = CurrentUserId;
        var channels = (guild.Channels ?? []).Select(c => c with { GuildId = guild.Id }).ToImmutableDictionary(c => c.Id);
        var botMember = bot is null ? null : guild.Members?.FirstOrDefault(m => m.User?.Id == bot);
        return new CachedGuild(guild.Id, guild.Name, guild.OwnerId, guild.PreferredLocale, guild.Roles.ToImmutableDictionary(r => r.Id), channels, botMember);
    }
}
