using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimits;

namespace NewsBot.Discord;

/// <summary>
/// The client in two parts: <see cref="AddDiscordRest(IServiceCollection, IConfiguration)"/> alone is enough to post,
/// edit and register commands; <see cref="AddDiscordGateway"/> adds the gateway connection on top of it.
/// </summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>REST and gateway, with options bound from <paramref name="section"/> (usually "Discord").</summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration section) =>
        services.AddDiscordRest(section).AddDiscordGateway();

    /// <summary>REST and gateway.</summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Action<DiscordClientOptions> configure) =>
        services.AddDiscordRest(configure).AddDiscordGateway();

    /// <summary>
    /// The REST client alone (rate limits, the HTTP handler, the command registrar, interaction answers over REST, the
    /// attachment downloader), with
    /// options bound from <paramref name="section"/> (usually "Discord").
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<DiscordClientOptions>().Bind(section);
        return services.AddDiscordRestServices();
    }

    /// <summary>The REST client alone.</summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, Action<DiscordClientOptions> configure)
    {
        services.AddOptions<DiscordClientOptions>().Configure(configure);
        return services.AddDiscordRestServices();
    }

    /// <summary>
    /// The gateway on top of <c>AddDiscordRest</c> (call that first): the hosted service running the shards over WebSockets,
    /// the guild cache, typed events for <see cref="IGatewayEventObserver{TEvent}"/>s, and the interaction dispatcher,
    /// which answers gateway interactions over REST. Runs only while <see cref="DiscordClientOptions.ConnectGateway"/> is on.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(IDiscordRestClient)))
            throw new InvalidOperationException("AddDiscordGateway needs the REST client: call AddDiscordRest first.");
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<DiscordGuildCache>();
        services.TryAddSingleton<IDiscordGuildCache>(sp => sp.GetRequiredService<DiscordGuildCache>());
        services.TryAddSingleton<GatewayEventObservers>();
        services.TryAddSingleton<GatewayDispatcher>();
        services.TryAddSingleton<IdentifyScheduler>();
        services.TryAddSingleton<GatewayShardStates>();
        services.TryAddSingleton<IGatewayStatus>(sp => sp.GetRequiredService<GatewayShardStates>());
        services.TryAddSingleton<InteractionMetrics>();
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>
    /// HTTP interactions on top of <c>AddDiscordRest</c>: the <see cref="HttpInteractionReceiver"/> a web endpoint hands
    /// each POST to. It answers through the same interaction dispatcher and handlers as the gateway; the gateway itself is
    /// not needed. Configure <see cref="HttpInteractionOptions"/> (the public key) with <paramref name="configure"/> or
    /// <c>AddOptions&lt;HttpInteractionOptions&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddDiscordHttpInteractions(this IServiceCollection services, Action<HttpInteractionOptions>? configure = null)
    {
        if (!services.Any(s => s.ServiceType == typeof(IDiscordRestClient)))
            throw new InvalidOperationException("AddDiscordHttpInteractions needs the REST client: call AddDiscordRest first.");
        var options = services.AddOptions<HttpInteractionOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<InteractionMetrics>();
        services.TryAddSingleton(sp => new HttpInteractionReceiver(
            sp.GetRequiredService<InteractionDispatcher>(), sp.GetRequiredService<RestInteractionResponder>(),
            sp.GetRequiredService<IOptions<HttpInteractionOptions>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HttpInteractionReceiver>>()));
        return services;
    }

    private static IServiceCollection AddDiscordRestServices(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<DiscordClientOptions, DiscordClientOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitMetrics>();

        // One long-lived pooled handler (connections recycled every few minutes for DNS changes) instead of the factory's
        // 2-minute handler rotation, which opened fresh cold connections under load; and none of the factory's
        // per-request log lines (4 per request at Information): our client logs what matters itself.
        // The REST client sends through this handler directly and applies RequestTimeout itself.
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Discord's API answers, it never redirects: a 3xx is reported like any other failure, not followed
                // (and the redirect stage each request passed through is gone).
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                AutomaticDecompression = System.Net.DecompressionMethods.None,
                UseCookies = false,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        // Attachment downloads: a client of their own, never carrying the token, never following redirects.
        services.AddHttpClient(DiscordAttachmentDownloader.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                UseCookies = false,
            })
            .RemoveAllLoggers();
        services.TryAddSingleton<IDiscordAttachmentDownloader, DiscordAttachmentDownloader>();
        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();
        services.TryAddSingleton<CommandRegistrar>();
        // Answers interactions over REST: the gateway's way, and the follow-ups and edits of every transport.
        services.TryAddSingleton<RestInteractionResponder>();
        return services;
    }
}
