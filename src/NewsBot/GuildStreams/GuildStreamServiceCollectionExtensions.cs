using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.GuildStreams;

internal static class GuildStreamServiceCollectionExtensions
{
    /// <summary>
    /// Streams moderators schedule from Discord: stored in the database of <c>AddStorage</c> and held in memory by a hosted
    /// service; announcements, events and commands merge them with the shared schedule (<c>AddStreamSchedule</c>), each
    /// seen only in its guild. Registers the <see cref="IGuildStreamScheduler"/> that commands and buttons call, and the
    /// bridge /discussions' "Save and schedule" button uses.
    /// </summary>
    public static IServiceCollection AddGuildStreams(this IServiceCollection services)
    {
        services.AddGuildStreamScheduler();
        services.TryAddSingleton<IGuildStreamStore, SqlGuildStreamStore>();
        services.AddHostedService(sp => sp.GetRequiredService<GuildStreamCache>());
        // Offers "Save and schedule for …" under /discussions previews (replacing the stand-in that offers nothing).
        if (services.FirstOrDefault(d => d.ServiceType == typeof(GuildDiscussions.IGuildStreamScheduler))?.ImplementationType != typeof(SaveAndScheduleBridge))
            services.Replace(ServiceDescriptor.Singleton<GuildDiscussions.IGuildStreamScheduler, SaveAndScheduleBridge>());
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
