using NewsBot.Discord.Models;

namespace NewsBot.Discord.Caching;

/// <summary>Guilds, roles, channels and the bot's own member as the gateway last reported them (GUILDS intent).</summary>
public interface IDiscordGuildCache
{
    /// <summary>The bot's user id, known after READY.</summary>
    Snowflake? CurrentUserId { get; }

    IReadOnlyCollection<Snowflake> GuildIds { get; }

    CachedGuild? GetGuild(Snowflake guildId);

    /// <summary>The bot's effective permissions in a channel; null while the guild or channel is unknown.</summary>
    Permissions? GetBotPermissions(Snowflake guildId, Snowflake channelId);

    /// <summary>True only when the cache knows the channel and the bot has every required bit there.</summary>
    bool BotHas(Snowflake guildId, Snowflake channelId, Permissions required) =>
        GetBotPermissions(guildId, channelId) is { } granted && (granted & required) == required;

    /// <summary>Which of the required bits the bot lacks (all of them when unknown).</summary>
    Permissions MissingBotPermissions(Snowflake guildId, Snowflake channelId, Permissions required) =>
        GetBotPermissions(guildId, channelId) is { } granted ? required & ~granted : required;
}
