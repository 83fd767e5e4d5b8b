using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Commands.OwnDiscussions;

namespace NewsBot.GuildFeeds;

internal static class GuildFeedsServiceCollectionExtensions
{
    /// <summary>
    /// Feeds servers follow: their store on the database of <c>AddStorage</c>, <see cref="GuildFeedsOptions"/> (section
    /// <c>Feeds</c>), the poller and its background service. Needs <c>AddGuildDiscussions</c> (discussions, web fetcher).
    /// </summary>
    public static IServiceCollection AddGuildFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<GuildFeedsOptions, GuildFeedsOptionsValidator>()
            .Bind(configuration.GetSection(GuildFeedsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqlGuildFeedStore>();
        services.TryAddSingleton<IGuildFeedStore>(sp => sp.GetRequiredService<SqlGuildFeedStore>());
        services.TryAddSingleton<DocumentIntake>();
        services.TryAddSingleton<FeedPollSignal>();
        services.TryAddSingleton<FeedPoller>();
        services.AddHostedService<FeedPollingService>();
        return services;
    }
}
