using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Web.Fetching;

namespace Microsoft.Extensions.DependencyInjection;

public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Registers the safe fetcher (<see cref="IWebFetcher"/>) with <see cref="WebFetchOptions"/> bound from section
    /// <see cref="WebFetchOptions.Section"/> and validated at start, and the system's DNS.
    /// </summary>
    public static IServiceCollection AddWebReading(this IServiceCollection services, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptionsWithValidateOnStart<WebFetchOptions, WebFetchOptionsValidator>();
        if (configuration is not null)
            options.Bind(configuration.GetSection(WebFetchOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<SafeWebFetcher>();
        services.TryAddSingleton<IWebFetcher>(sp => sp.GetRequiredService<SafeWebFetcher>());
        return services;
    }
}
