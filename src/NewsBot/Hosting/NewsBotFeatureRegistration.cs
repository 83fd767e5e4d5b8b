using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.Storage;
using NewsBot.GuildStreams;

namespace NewsBot.Hosting;

internal static class NewsBotFeatureRegistration
{
    /// <summary>
    /// Everything the bot does beyond documents, summaries and Discord. Each call registers only what its feature owns,
    /// so their order does not matter: the stream schedule (section <c>Schedule</c>), the database (<c>Storage</c>), the
    /// guild settings on it, the streams moderators schedule from Discord, announcements and mirrored events (<c>Announcements</c>) and the slash commands with their
    /// router. The host must still register <c>IDiscussionCatalog</c>, <c>ISummarizer</c> and the Discord side's
    /// <see cref="IAnnouncementPublisher"/>, <see cref="Announcements.Events.IScheduledEventMirror"/> and
    /// <see cref="Commands.Config.IChannelPermissionProbe"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddStreamSchedule(configuration);
        services.AddStorage(configuration);
        services.AddGuildSettings();
        services.AddGuildStreams(); // before the announcements: its streams are loaded before their first round
        services.AddAnnouncements(configuration);
        services.AddSlashCommands();
        return services;
    }
}
