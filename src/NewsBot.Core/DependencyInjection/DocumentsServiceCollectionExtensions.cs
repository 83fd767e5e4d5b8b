using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Documents;
using NewsBot.Core.Documents.Sources;
using NewsBot.Core.Summaries;

namespace Microsoft.Extensions.DependencyInjection;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the discussion catalog (<see cref="IDiscussionCatalog"/>, filled by <see cref="DiscussionCatalog.RefreshAsync(CancellationToken)"/>)
    /// with the documents folder as its first source, <see cref="DocumentsOptions"/> bound from section
    /// <see cref="DocumentsOptions.Section"/> and validated at start, and the default summarizer (remembering its summaries).
    /// </summary>
    public static IServiceCollection AddNewsBotDocuments(this IServiceCollection services, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<DocumentsOptions, DocumentsOptionsValidator>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(DocumentsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddDiscussionSource<FolderDiscussionSource>();
        services.TryAddSingleton<DiscussionCatalog>();
        services.TryAddSingleton<IDiscussionCatalog>(sp => sp.GetRequiredService<DiscussionCatalog>());
        services.TryAddSingleton<ISummarizer>(_ => new MemoizedSummarizer(new ExtractiveSummarizer()));
        return services;
    }

    /// <summary>
    /// Adds a source of discussions to the catalog (once per type; also resolvable as <typeparamref name="TSource"/>, e.g. to
    /// refresh it after a change). Sources are asked in registration order, which settles an id offered twice in one scope.
    /// </summary>
    public static IServiceCollection AddDiscussionSource<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSource>(this IServiceCollection services)
        where TSource : class, IDiscussionSource
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiscussionSource, TSource>(sp => sp.GetRequiredService<TSource>()));
        return services;
    }
}
