using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.Streams;

internal static class GuildStreamServiceCollectionExtensions
{
    /// <summary>
    /// Streams moderators schedule from Discord: stored in the database of <c>AddStorage</c>, held in memory by a hosted
    /// service that must start before the announcements (register this before <c>AddAnnouncements</c>), and merged into
    /// <see cref="IStreamSchedule"/> with the schedule file's streams (<c>AddStreamSchedule</c>), so announcements, events and
    /// commands see both. Registers the <see cref="IGuildStreamScheduler"/> that commands and buttons call.
    /// </summary>
    public static IServiceCollection AddGuildStreams(this IServiceCollection services)
    {
        services.AddGuildStreamScheduler();
        services.TryAddSingleton<IGuildStreamStore, SqlGuildStreamStore>();
        services.AddHostedService(sp => sp.GetRequiredService<GuildStreamCache>());
        services.TryAddSingleton<IStoredStreamRefresh>(sp => sp.GetRequiredService<GuildStreamCache>());
        services.TryAddSingleton(sp => new CombinedStreamSchedule(
            sp.GetRequiredService<FileStreamSchedule>(), sp.GetRequiredService<GuildStreamCache>(), sp.GetRequiredService<IDiscussionCatalog>()));
        services.Replace(ServiceDescriptor.Singleton<IStreamSchedule>(sp => sp.GetRequiredService<CombinedStreamSchedule>()));
        return services;
    }

    /// <summary>The scheduler and the in-memory streams over a given <see cref="IGuildStreamStore"/> (without hosting or the merged schedule).</summary>
    public static IServiceCollection AddGuildStreamScheduler(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GuildStreamCache>();
        services.TryAddSingleton<IGuildStreamScheduler, GuildStreamScheduler>();
        return services;
    }
}
