using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Config;
using NewsBot.Discord;
using NewsBot.Discord.Interactions.Http;
using NewsBot.DiscordAdapters;
using NewsBot.Operations;
using NewsBot.Startup;

namespace NewsBot.HttpInteractions;

internal static class HttpInteractionsServiceCollectionExtensions
{
    /// <summary>
    /// How interactions arrive (section <see cref="InteractionsOptions.Section"/>). In Http and Both mode: the endpoint
    /// (its own Kestrel port), Discord's HTTP receiver with the application's public key, and a readiness check; in Http
    /// mode the gateway is not connected at all (announcements, commands registration and replies need only REST). The
    /// handlers are the ones the gateway uses: nothing here knows a command.
    /// </summary>
    public static IServiceCollection AddNewsBotInteractions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<InteractionsOptions, InteractionsOptionsValidator>()
            .Bind(configuration.GetSection(InteractionsOptions.Section));
        services.AddDiscordHttpInteractions();
        services.AddOptions<HttpInteractionOptions>().Configure<IOptions<InteractionsOptions>>((http, interactions) => http.PublicKey = interactions.Value.PublicKey);
        services.AddOptions<DiscordClientOptions>().PostConfigure<IOptions<InteractionsOptions>>((discord, interactions) =>
        {
            if (interactions.Value.Mode == InteractionMode.Http)
                discord.ConnectGateway = false;
        });
        // Without a gateway no guild cache is filled: /config's permission checks read the guild over REST instead.
        services.TryAddSingleton<RestChannelPermissionProbe>();
        services.TryAddSingleton<DiscordChannelPermissionProbe>();
        services.Replace(ServiceDescriptor.Singleton<IChannelPermissionProbe>(sp =>
            sp.GetRequiredService<IOptions<InteractionsOptions>>().Value.Mode == InteractionMode.Http
                ? sp.GetRequiredService<RestChannelPermissionProbe>()
                : sp.GetRequiredService<DiscordChannelPermissionProbe>()));
        services.TryAddSingleton<HttpInteractionsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<HttpInteractionsServer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupCheck, HttpInteractionsServer>(sp => sp.GetRequiredService<HttpInteractionsServer>()));
        services.AddReadinessCheck<HttpInteractionsHealthCheck>(HttpInteractionsHealthCheck.Name);
        return services;
    }
}
