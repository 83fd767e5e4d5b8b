using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<RestResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(new DiscordRoute(HttpMethod.Get, "gateway/bot", "gateway/bot", ""), DiscordJsonContext.Default.GatewayBotInfo, retrySafe: true, cancellationToken);

    public Task<RestResult<User>> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        SendAsync(new DiscordRoute(HttpMethod.Get, "users/@me", "users/@me", ""), DiscordJsonContext.Default.User, retrySafe: true, cancellationToken);

    public Task<RestResult<Application>> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync(new DiscordRoute(HttpMethod.Get, "applications/@me", "applications/@me", ""), DiscordJsonContext.Default.Application, retrySafe: true, cancellationToken);
}
