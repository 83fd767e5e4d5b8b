using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Announcements.Events;
using NewsBot.Commands.Config;
using NewsBot.Hosting;
using NewsBot.Settings;
using NewsBot.Storage;

namespace NewsBot.Announcements;

public static class AnnouncementServiceCollectionExtensions
{
    /// <summary>
    /// Registers announcements (section <c>Announcements</c>): the ledger on the <c>Storage</c> database, the composer,
    /// the scheduler and the event mirror (both hosted services) and <see cref="IAnnouncementReplanner"/>. Also calls
    /// <see cref="GuildSettingsServiceCollectionExtensions.AddGuildSettings"/>. The host must register
    /// <see cref="IAnnouncementPublisher"/>, <see cref="IScheduledEventMirror"/>, an <c>IStreamSchedule</c>
    /// (<c>AddStreamSchedule</c>) and an <c>IDiscussionCatalog</c>. Replaces the slash commands' placeholders (no failures,
    /// no re-planning) with the ledger's failures and the real re-planner, whether <c>AddSlashCommands</c> is called before or after.
    /// </summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services)
    {
        services.AddGuildSettings();
        services.AddOptions<AnnouncementOptions>().BindConfiguration(AnnouncementOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnnouncementOptions>, AnnouncementOptionsValidator>());
        services.TryAddSingleton<IAnnouncementLedger>(sp => sp.GetRequiredService<SqlDatabase>() switch
        {
            SqliteDatabase sqlite => new SqliteAnnouncementLedger(sqlite),
            PostgresDatabase postgres => new PostgresAnnouncementLedger(postgres),
            var other => throw new InvalidOperationException($"No announcement ledger for {other.Provider}."),
        });
        services.TryAddSingleton<IAnnouncementComposer, AnnouncementComposer>();
        services.TryAddSingleton<ReplanSignal>();
        services.ReplaceDefault<IAnnouncementReplanner, NoAnnouncementReplanner>(
            ServiceDescriptor.Singleton<IAnnouncementReplanner>(sp => sp.GetRequiredService<ReplanSignal>()));
        services.ReplaceDefault<IAnnouncementFailures, NoAnnouncementFailures>(
            ServiceDescriptor.Singleton<IAnnouncementFailures, LedgerAnnouncementFailures>());
        services.TryAddSingleton<AnnouncementProcessor>();
        services.AddHostedService<AnnouncementService>();
        services.TryAddSingleton(sp => new MirroredEventStore(sp.GetRequiredService<SqlDatabase>()));
        services.TryAddSingleton<EventMirrorReconciler>();
        services.AddHostedService<EventMirrorService>();
        return services;
    }
}
