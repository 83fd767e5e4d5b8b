using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>
/// Reads a dispatch's <c>d</c> into its typed event with the source-generated context. Null for dispatches the client has
/// no type for (they stay raw) and for INTERACTION_CREATE, which the interaction dispatcher reads on a worker thread.
/// </summary>
internal static class GatewayEventReader
{
    /// <exception cref="JsonException">The data does not fit the event's type.</exception>
    public static GatewayEvent? Read(string name, ReadOnlySpan<byte> data) => name switch
    {
        "READY" => Deserialize(data, DiscordJsonContext.Default.ReadyEvent),
        "GUILD_CREATE" => new GuildCreateEvent(Deserialize(data, DiscordJsonContext.Default.Guild)),
        "GUILD_UPDATE" => new GuildUpdateEvent(Deserialize(data, DiscordJsonContext.Default.Guild)),
        "GUILD_DELETE" => Deserialize(data, DiscordJsonContext.Default.GuildDeleteEvent),
        "CHANNEL_CREATE" => new ChannelCreateEvent(Deserialize(data, DiscordJsonContext.Default.Channel)),
        "CHANNEL_UPDATE" => new ChannelUpdateEvent(Deserialize(data, DiscordJsonContext.Default.Channel)),
        "CHANNEL_DELETE" => new ChannelDeleteEvent(Deserialize(data, DiscordJsonContext.Default.Channel)),
        "THREAD_CREATE" => new ThreadCreateEvent(Deserialize(data, DiscordJsonContext.Default.Channel)),
        "GUILD_ROLE_CREATE" => Deserialize(data, DiscordJsonContext.Default.GuildRoleCreateEvent),
        "GUILD_ROLE_UPDATE" => Deserialize(data, DiscordJsonContext.Default.GuildRoleUpdateEvent),
        "GUILD_ROLE_DELETE" => Deserialize(data, DiscordJsonContext.Default.GuildRoleDeleteEvent),
        "GUILD_MEMBER_UPDATE" => Deserialize(data, DiscordJsonContext.Default.GuildMemberUpdateEvent),
        _ => null,
    };

    private static T Deserialize<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(data, type) ?? throw new JsonException($"The event's data is null; {type.Type.Name} expected.");
}
