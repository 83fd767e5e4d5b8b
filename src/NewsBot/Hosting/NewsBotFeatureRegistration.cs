using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Companion;
using NewsBot.Core.Schedule;
using NewsBot.GuildDiscussions;
using NewsBot.GuildFeeds;
using NewsBot.Settings;
using NewsBot.Storage;
using NewsBot.GuildStreams;

namespace NewsBot.Hosting;

internal static class NewsBotFeatureRegistration
{
    /// <summary>
    /// Everything the bot does beyond documents, summaries and Discord. Each call registers only what its feature owns,
    /// so their order does not matter: the stream schedule (section <c>Schedule</c>), the database (<c>Storage</c>), the
    /// guild settings on it, the servers' own discussions (<c>GuildDiscussions</c>, <c>Web</c>) and the feeds they follow
    /// (<c>Feeds</c>), the streams moderators schedule from Discord, announcements and mirrored events (<c>Announcements</c>),
    /// the slash commands with their router and the live companion (<c>Companion</c>). The host must still register
    /// <c>IDiscussionCatalog</c> and <c>DiscussionCatalog</c> (<c>AddNewsBotDocuments</c>), <c>ISummarizer</c> and the
    /// Discord side's <see cref="IAnnouncementPublisher"/>, <see cref="Announcements.Events.IScheduledEventMirror"/>,
    /// <see cref="Commands.Config.IChannelPermissionProbe"/>, <see cref="Commands.IAttachmentDownloads"/>, and for the
    /// companion its <see cref="ILiveThreadStarter"/>, <see cref="IMessageEditor"/>, <see cref="IFilePublisher"/> and <see cref="IOwnMessageFinder"/>.
    /// </summary>
    public static IServiceCollection AddNewsBotFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddStreamSchedule(configuration);
        services.AddStorage(configuration);
        services.AddGuildSettings();
        services.AddGuildDiscussions(configuration);
        services.AddGuildStreams();
        services.AddGuildFeeds(configuration);
        services.AddAnnouncements(configuration);
        services.AddSlashCommands();
        services.AddCompanion(configuration);
        return services;
    }
}
