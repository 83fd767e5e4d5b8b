using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Announcements.Events;

namespace NewsBot.Announcements;

public static class AnnouncementServiceCollectionExtensions
{
    /// <summary>
    /// Registers announcements (section <see cref="AnnouncementOptions.Section"/>): the ledger on the database of
    /// <c>AddStorage</c>, the composer, the scheduler and the event mirror (both hosted services), the
    /// <see cref="IAnnouncementReplanner"/> and the <see cref="IAnnouncementFailures"/> that /config uses. Reads guild
    /// settings (<c>AddGuildSettings</c>), the schedule and the catalog; the Discord side brings the
    /// <see cref="IAnnouncementPublisher"/> and the <see cref="IScheduledEventMirror"/>.
    /// </summary>
    public static IServiceCollection AddAnnouncements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<AnnouncementOptions, AnnouncementOptionsValidator>()
            .Bind(configuration.GetSection(AnnouncementOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAnnouncementLedger, SqlAnnouncementLedger>();
        services.TryAddSingleton<IAnnouncementComposer, AnnouncementComposer>();
        services.TryAddSingleton<ReplanSignal>();
        services.TryAddSingleton<IAnnouncementReplanner>(sp => sp.GetRequiredService<ReplanSignal>());
        services.TryAddSingleton<IAnnouncementFailures, LedgerAnnouncementFailures>();
        services.TryAddSingleton<AnnouncementProcessor>();
        services.AddHostedService<AnnouncementService>();
        services.TryAddSingleton<IMirroredEventStore, SqlMirroredEventStore>();
        services.TryAddSingleton<EventMirrorReconciler>();
        services.AddHostedService<EventMirrorService>();
        return services;
    }
}
