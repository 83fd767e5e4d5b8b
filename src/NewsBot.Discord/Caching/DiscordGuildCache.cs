using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Caching;

/// <summary>Keeps guild snapshots current from GUILD_*, CHANNEL_* and GUILD_ROLE_* dispatches.</summary>
internal sealed class DiscordGuildCache : IDiscordGuildCache
{
    private readonly ConcurrentDictionary<Snowflake, CachedGuild> _guilds = new();
    private long _currentUserId;

    public Snowflake? CurrentUserId => Interlocked.Read(ref _currentUserId) is var id and not 0 ? new Snowflake((ulong)id) : null;

    public IReadOnlyCollection<Snowflake> GuildIds => [.. _guilds.Keys];

    public CachedGuild? GetGuild(Snowflake guildId) => _guilds.GetValueOrDefault(guildId);

    public Permissions? GetBotPermissions(Snowflake guildId, Snowflake channelId) =>
        CurrentUserId is { } bot && GetGuild(guildId) is { } guild ? guild.ComputeBotPermissions(channelId, bot) : null;

    public void Apply(GatewayDispatch dispatch)
    {
        var data = dispatch.Utf8Data.Span;
        switch (dispatch.Name)
        {
            case "READY":
                var ready = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.ReadyEvent)!;
                Interlocked.Exchange(ref _currentUserId, (long)ready.User.Id.Value);
                break;
            case "GUILD_CREATE":
                var created = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Guild)!;
                if (created.Unavailable != true)
                    _guilds[created.Id] = FromGuild(created);
                break;
            case "GUILD_UPDATE":
                var updated = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Guild)!;
                Update(updated.Id, g => g with
                {
                    Name = updated.Name,
                    OwnerId = updated.OwnerId,
                    PreferredLocale = updated.PreferredLocale,
                    Roles = updated.Roles.Count > 0 ? updated.Roles.ToImmutableDictionary(r => r.Id) : g.Roles,
                });
                break;
            case "GUILD_DELETE":
                var deleted = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.UnavailableGuild)!;
                _guilds.TryRemove(deleted.Id, out _);
                break;
            case "CHANNEL_CREATE" or "CHANNEL_UPDATE":
                var channel = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Channel)!;
                if (channel.GuildId is { } channelGuild)
                    Update(channelGuild, g => g with { Channels = g.Channels.SetItem(channel.Id, channel) });
                break;
            case "CHANNEL_DELETE":
                var gone = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Channel)!;
                if (gone.GuildId is { } goneGuild)
                    Update(goneGuild, g => g with { Channels = g.Channels.Remove(gone.Id) });
                break;
            case "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE":
                var roleEvent = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.GuildRoleEvent)!;
                Update(roleEvent.GuildId, g => g with { Roles = g.Roles.SetItem(roleEvent.Role.Id, roleEvent.Role) });
                break;
            case "GUILD_ROLE_DELETE":
                var roleDelete = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.GuildRoleDeleteEvent)!;
                Update(roleDelete.GuildId, g => g with { Roles = g.Roles.Remove(roleDelete.RoleId) });
                break;
            case "GUILD_MEMBER_UPDATE":
                // Only arrives with the GUILD_MEMBERS intent; kept so role changes of the bot apply when it is on.
                var member = JsonSerializer.Deserialize(data, DiscordJsonContext.Default.GuildMemberUpdateEvent)!;
                if (member.User.Id == CurrentUserId)
                    Update(member.GuildId, g => g with { BotMember = new GuildMember { User = member.User, Roles = member.Roles, Nick = member.Nick } });
                break;
        }
    }

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
