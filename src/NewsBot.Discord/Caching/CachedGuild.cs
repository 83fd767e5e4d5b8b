using System.Collections.Immutable;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Caching;

/// <summary>An immutable snapshot of one guild; updates replace the whole snapshot.</summary>
public sealed record CachedGuild(
    Snowflake Id,
    string Name,
    Snowflake OwnerId,
    string? PreferredLocale,
    ImmutableDictionary<Snowflake, Role> Roles,
    ImmutableDictionary<Snowflake, Channel> Channels,
    GuildMember? BotMember)
{
    public Permissions? ComputeBotPermissions(Snowflake channelId, Snowflake botUserId)
    {
        if (BotMember is null || !Channels.TryGetValue(channelId, out var channel))
            return null;
        return PermissionCalculator.ComputeInChannel(Id, OwnerId, botUserId, BotMember.Roles, Roles, channel.PermissionOverwrites);
    }
}
