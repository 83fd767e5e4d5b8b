using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.Commands;
using NewsBot.Commands.Config;
using NewsBot.Companion;
using NewsBot.Discord;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Interactions;
using NewsBot.Interactions;
using NewsBot.Operations;

namespace NewsBot.DiscordAdapters;

internal static class DiscordWiringServiceCollectionExtensions
{
    /// <summary>
    /// The Discord client (section <c>Discord</c>) connected to the features: the interaction handler with the component
    /// router (button presses and modal submits go to the <see cref="IComponentHandler"/>s and
    /// <see cref="IModalSubmitHandler"/>s registered elsewhere, by custom id prefix), command registration on READY
    /// (section <c>Bot</c>), the reply path warmed up at start, the announcement publisher, the event mirror, the permission probe and the gateway's
    /// readiness check.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordClient(configuration.GetSection(DiscordClientOptions.Section));
        services.AddOptionsWithValidateOnStart<BotOptions, BotOptionsValidator>().Bind(configuration.GetSection(BotOptions.Section));
        // Singletons: the commands, buttons and modals they route to all are, so the scope the dispatcher opens per
        // interaction builds nothing (a scoped pair cost 2 % of the bot's CPU per interaction, mostly the router's maps).
        services.TryAddSingleton<IInteractionHandler, DiscordInteractionHandler>();
        services.TryAddSingleton<ComponentRouter>();
        services.TryAddSingleton<IAnnouncementPublisher, DiscordAnnouncementPublisher>();
        services.TryAddSingleton<ILiveThreadStarter, DiscordLiveThreadStarter>();
        services.TryAddSingleton<IMessageEditor, DiscordMessageEditor>();
        services.TryAddSingleton<IFilePublisher, DiscordFilePublisher>();
        services.TryAddSingleton<IOwnMessageFinder, DiscordOwnMessageFinder>();
        services.TryAddSingleton<IScheduledEventMirror, DiscordScheduledEventMirror>();
        services.TryAddSingleton<IChannelPermissionProbe, DiscordChannelPermissionProbe>();
        services.TryAddSingleton<IAttachmentDownloads, DiscordAttachmentDownloads>();
        services.TryAddSingleton<CommandRegistrationService>();
        services.AddHostedService(sp => sp.GetRequiredService<CommandRegistrationService>());
        services.AddHostedService<Startup.ReplyPathWarmup>();
        services.AddSingleton<IGatewayEventObserver<ReadyEvent>>(sp => sp.GetRequiredService<CommandRegistrationService>());
        services.AddReadinessCheck<GatewayHealthCheck>(GatewayHealthCheck.Name);
        return services;
    }
}
