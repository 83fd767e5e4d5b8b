using NewsBot.Documents;

namespace Microsoft.Extensions.DependencyInjection;

internal static class DocumentWatchingServiceCollectionExtensions
{
    /// <summary>Reads the discussion sources at start and keeps them current while the host runs (needs <c>AddNewsBotDocuments</c>).</summary>
    public static IServiceCollection AddNewsBotDocumentWatching(this IServiceCollection services)
    {
        services.AddHostedService<DiscussionSourcesService>();
        return services;
    }
}
