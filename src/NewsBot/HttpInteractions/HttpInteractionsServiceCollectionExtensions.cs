using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Discord.Interactions.Http;
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
        services.TryAddSingleton<HttpInteractionsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<HttpInteractionsServer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupCheck, HttpInteractionsServer>(sp => sp.GetRequiredService<HttpInteractionsServer>()));
        services.AddReadinessCheck<HttpInteractionsHealthCheck>(HttpInteractionsHealthCheck.Name);
        return services;
    }
}
