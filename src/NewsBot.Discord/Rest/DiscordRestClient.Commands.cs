using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<RestResult<IReadOnlyList<ApplicationCommand>>> GetGlobalCommandsAsync(Snowflake applicationId, CancellationToken cancellationToken) =>
        SendAsync(GlobalCommandsRoute(HttpMethod.Get, applicationId), DiscordJsonContext.Default.IReadOnlyListApplicationCommand, retrySafe: true, cancellationToken);

    public Task<RestResult<IReadOnlyList<ApplicationCommand>>> GetGuildCommandsAsync(Snowflake applicationId, Snowflake guildId, CancellationToken cancellationToken) =>
        SendAsync(GuildCommandsRoute(HttpMethod.Get, applicationId, guildId), DiscordJsonContext.Default.IReadOnlyListApplicationCommand, retrySafe: true, cancellationToken);

    public Task<RestResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGlobalCommandsAsync(
        Snowflake applicationId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken) =>
        SendAsync(GlobalCommandsRoute(HttpMethod.Put, applicationId), commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandRequest,
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand, DiscordRequestValidator.Validate(commands), retrySafe: true, cancellationToken);

    public Task<RestResult<IReadOnlyList<ApplicationCommand>>> BulkOverwriteGuildCommandsAsync(
        Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken) =>
        SendAsync(GuildCommandsRoute(HttpMethod.Put, applicationId, guildId), commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandRequest,
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand, DiscordRequestValidator.Validate(commands), retrySafe: true, cancellationToken);

    private static DiscordRoute GlobalCommandsRoute(HttpMethod method, Snowflake applicationId) =>
        new(method, "applications/{application_id}/commands", $"applications/{applicationId}/commands", applicationId.ToString());

    private static DiscordRoute GuildCommandsRoute(HttpMethod method, Snowflake applicationId, Snowflake guildId) =>
        new(method, "applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", guildId.ToString());
}
