using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<RestResult<Guild>> GetGuildAsync(Snowflake guildId, CancellationToken cancellationToken) =>
        SendAsync(new DiscordRoute(HttpMethod.Get, "guilds/{guild_id}", $"guilds/{guildId}", guildId.ToString()), DiscordJsonContext.Default.Guild,
            retrySafe: true, cancellationToken);

    public Task<RestResult<GuildMember>> GetGuildMemberAsync(Snowflake guildId, Snowflake userId, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Get, "members/{user_id}", guildId, $"members/{userId}"), DiscordJsonContext.Default.GuildMember,
            retrySafe: true, cancellationToken);

    public Task<RestResult<IReadOnlyList<Channel>>> GetGuildChannelsAsync(Snowflake guildId, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Get, "channels", guildId, ""), DiscordJsonContext.Default.IReadOnlyListChannel, retrySafe: true, cancellationToken);

    public Task<RestResult<IReadOnlyList<Role>>> GetGuildRolesAsync(Snowflake guildId, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Get, "roles", guildId, ""), DiscordJsonContext.Default.IReadOnlyListRole, retrySafe: true, cancellationToken);

    /// <summary>Not retried after a transient fault: a second POST could create the event twice.</summary>
    public Task<RestResult<GuildScheduledEvent>> CreateScheduledEventAsync(Snowflake guildId, GuildScheduledEventCreateRequest request, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Post, "scheduled-events", guildId, ""), request, DiscordJsonContext.Default.GuildScheduledEventCreateRequest,
            DiscordJsonContext.Default.GuildScheduledEvent, DiscordRequestValidator.Validate(request), retrySafe: false, cancellationToken);

    public Task<RestResult<GuildScheduledEvent>> ModifyScheduledEventAsync(Snowflake guildId, Snowflake eventId, GuildScheduledEventModifyRequest request, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Patch, "scheduled-events/{guild_scheduled_event_id}", guildId, $"scheduled-events/{eventId}"), request,
            DiscordJsonContext.Default.GuildScheduledEventModifyRequest, DiscordJsonContext.Default.GuildScheduledEvent,
            DiscordRequestValidator.Validate(request), retrySafe: true, cancellationToken);

    public Task<RestResult<GuildScheduledEvent>> GetScheduledEventAsync(Snowflake guildId, Snowflake eventId, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Get, "scheduled-events/{guild_scheduled_event_id}", guildId, $"scheduled-events/{eventId}"),
            DiscordJsonContext.Default.GuildScheduledEvent, retrySafe: true, cancellationToken);

    public Task<RestResult<IReadOnlyList<GuildScheduledEvent>>> ListScheduledEventsAsync(Snowflake guildId, CancellationToken cancellationToken) =>
        SendAsync(GuildRoute(HttpMethod.Get, "scheduled-events", guildId, ""), DiscordJsonContext.Default.IReadOnlyListGuildScheduledEvent, retrySafe: true, cancellationToken);

    private static DiscordRoute GuildRoute(HttpMethod method, string tail, Snowflake guildId, string path) =>
        new(method, $"guilds/{{guild_id}}/{tail}", $"guilds/{guildId}/{(path.Length > 0 ? path : tail)}", guildId.ToString());
}
