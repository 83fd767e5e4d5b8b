using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;

namespace Microsoft.Extensions.DependencyInjection;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the discussion catalog (<see cref="IDiscussionCatalog"/>, filled by <see cref="DiscussionCatalog.RefreshAsync"/>),
    /// <see cref="DocumentsOptions"/> bound from section <see cref="DocumentsOptions.Section"/> and validated at start, and the default summarizer.
    /// </summary>
    public static IServiceCollection AddNewsBotDocuments(this IServiceCollection services, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<DocumentsOptions, DocumentsOptionsValidator>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(DocumentsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscussionCatalog>();
        services.TryAddSingleton<IDiscussionCatalog>(sp => sp.GetRequiredService<DiscussionCatalog>());
        services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
        return services;
    }
}
