using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Rest.RateLimits;

namespace NewsBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Registers the Discord client with options bound from <paramref name="section"/> (usually "Discord").</summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<DiscordClientOptions>().Bind(section);
        return services.AddDiscordClientCore();
    }

    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Action<DiscordClientOptions> configure)
    {
        services.AddOptions<DiscordClientOptions>().Configure(configure);
        return services.AddDiscordClientCore();
    }

    private static IServiceCollection AddDiscordClientCore(this IServiceCollection services)
    {
        services.AddOptions<DiscordClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One long-lived pooled handler (connections recycled every few minutes for DNS changes) instead of the factory's
        // 2-minute handler rotation, which opened fresh cold connections under load; and none of the factory's
        // per-request log lines (4 per request at Information): our client logs what matters itself.
        // The REST client sends through this handler directly and applies RequestTimeout itself.
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
                AutomaticDecompression = System.Net.DecompressionMethods.None,
                UseCookies = false,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();
        services.TryAddSingleton<CommandRegistrar>();

        services.TryAddSingleton<DiscordGuildCache>();
        services.TryAddSingleton<IDiscordGuildCache>(sp => sp.GetRequiredService<DiscordGuildCache>());
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<GatewayDispatcher>();
        services.TryAddSingleton<IdentifyScheduler>();
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
