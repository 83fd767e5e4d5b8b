using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord REST v10, the routes NewsBot uses. Every call returns a <see cref="RestResult{T}"/>: limit violations,
/// API errors, exhausted rate-limit waits and network failures come back as a <see cref="DiscordError"/>.
/// </summary>
public interface IDiscordRestClient
{
    Task<RestResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken);
    Task<RestResult<User>> GetCurrentUserAsync(CancellationToken cancellationToken);
    Task<RestResult<Application>> GetCurrentApplicationAsync(CancellationToken cancellationToken);

    /// <summary>Retried after a transient fault only when the request sets a nonce with enforce_nonce.</summary>
    Task<RestResult<Message>> CreateMessageAsync(Snowflake channelId, MessageCreateRequest request, CancellationToken cancellationToken);

    /// <summary>A message with files (multipart: <c>payload_json</c> + <c>files[n]</c>); at most 10 files, 10 MiB together.</summary>
    Task<RestResult<Message>> CreateMessageWithFilesAsync(Snowflake channelId, MessageCreateRequest request, IReadOnlyList<FileUpload> files, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> (1–100) messages after <paramref name="after"/>, newest first (GET /channels/{id}/messages).</summary>
    Task<RestResult<IReadOnlyList<Message>>> GetChannelMessagesAsync(Snowflake channelId, Snowflake after, int limit, CancellationToken cancellationToken);

    /// <summary>Edits a message the bot wrote; Discord limits edits per channel (see the rate-limit headers).</summary>
    Task<RestResult<Message>> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessageEditRequest request, CancellationToken cancellationToken);

    /// <summary>A public thread on a message; 160004 when the message already has one (its id is the message's).</summary>
    Task<RestResult<Channel>> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, ThreadFromMessageRequest request, CancellationToken cancellationToken);

    /// <summary>"Already acknowledged" (40060) after a retried callback counts as success.</summary>
    Task<RestResult<NoContent>> CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);
    Task<RestResult<Message>> EditOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, WebhookMessageEditRequest request, CancellationToken cancellationToken);
    Task<RestResult<Message>> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, WebhookMessageCreateRequest request, CancellationToken cancellationToken);

    Task<RestResult<IReadOnlyList<ApplicationCommand>>> GetGlobalCommandsAsync(Snowflake applicationId, CancellationToken cancellationToken);
    Task<RestResult<IReadOnlyList<ApplicationCommand>>> GetGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, CancellationToken cancellationToken);
    Task<RestResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGlobalCommandsAsync(Snowflake applicationId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken);
    Task<RestResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken);

    Task<RestResult<GuildScheduledEvent>> CreateScheduledEventAsync(Snowflake guildId, GuildScheduledEventCreateRequest request, CancellationToken cancellationToken);
    Task<RestResult<GuildScheduledEvent>> ModifyScheduledEventAsync(Snowflake guildId, Snowflake eventId, GuildScheduledEventModifyRequest request, CancellationToken cancellationToken);
    Task<RestResult<GuildScheduledEvent>> GetScheduledEventAsync(Snowflake guildId, Snowflake eventId, CancellationToken cancellationToken);
    Task<RestResult<IReadOnlyList<GuildScheduledEvent>>> ListScheduledEventsAsync(Snowflake guildId, CancellationToken cancellationToken);

    /// <summary>The guild with its owner and roles (what the gateway's GUILD_CREATE tells a bot connected to it).</summary>
    Task<RestResult<Guild>> GetGuildAsync(Snowflake guildId, CancellationToken cancellationToken);

    Task<RestResult<GuildMember>> GetGuildMemberAsync(Snowflake guildId, Snowflake userId, CancellationToken cancellationToken);

    Task<RestResult<IReadOnlyList<Channel>>> GetGuildChannelsAsync(Snowflake guildId, CancellationToken cancellationToken);
    Task<RestResult<IReadOnlyList<Role>>> GetGuildRolesAsync(Snowflake guildId, CancellationToken cancellationToken);
}
