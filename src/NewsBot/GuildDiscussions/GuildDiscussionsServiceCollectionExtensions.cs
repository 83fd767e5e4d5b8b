using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.GuildDiscussions;

internal static class GuildDiscussionsServiceCollectionExtensions
{
    /// <summary>
    /// The discussions servers add from Discord: their store on the database of <c>AddStorage</c>, their source in the
    /// catalog (after the documents folder, so a shared document keeps its id), <see cref="GuildDiscussionsOptions"/>
    /// (section <c>GuildDiscussions</c>), the safe web fetcher with its <c>Web</c> settings, and the no-op
    /// <see cref="IGuildStreamScheduler"/> until per-server streams replace it.
    /// </summary>
    public static IServiceCollection AddGuildDiscussions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<GuildDiscussionsOptions, GuildDiscussionsOptionsValidator>()
            .Bind(configuration.GetSection(GuildDiscussionsOptions.Section));
        services.AddWebReading(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqlGuildDiscussionStore>();
        services.TryAddSingleton<IGuildDiscussionStore>(sp => sp.GetRequiredService<SqlGuildDiscussionStore>());
        services.AddDiscussionSource<GuildDiscussionSource>();
        services.TryAddSingleton<IGuildDiscussionReload, CatalogGuildDiscussionReload>();
        services.TryAddSingleton<IGuildStreamScheduler, NoGuildStreamScheduler>();
        return services;
    }
}
