using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Core.Schedule;
using NewsBot.Settings;

namespace NewsBot.Hosting;

internal static class NewsBotFeatureRegistration
{
    /// <summary>
    /// Everything the bot does beyond documents, summaries and Discord, wired consistently: the stream schedule
    /// (section <c>Schedule</c>), the storage and guild settings (<c>Storage</c>), announcements and mirrored events
    /// (<c>Announcements</c>) and the slash commands with their router. The host must still register
    /// <c>IDiscussionCatalog</c>, <c>ISummarizer</c> and the Discord side's <see cref="IAnnouncementPublisher"/>,
    /// <see cref="Announcements.Events.IScheduledEventMirror"/> and <see cref="Commands.Config.IChannelPermissionProbe"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration);
        services.AddLogging();
        services.AddStreamSchedule(configuration);
        services.AddGuildSettings();
        services.AddAnnouncements();
        services.AddSlashCommands();
        return services;
    }
}
