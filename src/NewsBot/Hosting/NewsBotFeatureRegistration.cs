using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Companion;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.Storage;

namespace NewsBot.Hosting;

internal static class NewsBotFeatureRegistration
{
    /// <summary>
    /// Everything the bot does beyond documents, summaries and Discord. Each call registers only what its feature owns,
    /// so their order does not matter: the stream schedule (section <c>Schedule</c>), the database (<c>Storage</c>), the
    /// guild settings on it, announcements and mirrored events (<c>Announcements</c>) and the slash commands with their
    /// router. The host must still register <c>IDiscussionCatalog</c>, <c>ISummarizer</c> and the Discord side's
    /// <see cref="IAnnouncementPublisher"/>, <see cref="Announcements.Events.IScheduledEventMirror"/> and
    /// <see cref="Commands.Config.IChannelPermissionProbe"/>, and for the live companion (<c>Companion</c>) its
    /// <see cref="ILiveThreadStarter"/>, <see cref="IMessageEditor"/> and <see cref="IFilePublisher"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddStreamSchedule(configuration);
        services.AddStorage(configuration);
        services.AddGuildSettings();
        services.AddAnnouncements(configuration);
        services.AddSlashCommands();
        services.AddCompanion(configuration);
        return services;
    }
}
