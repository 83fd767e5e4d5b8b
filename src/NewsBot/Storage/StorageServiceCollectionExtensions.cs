using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Startup;

namespace NewsBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one database of guild settings, the announcement ledger and mirrored events, chosen by section
    /// <see cref="StorageOptions.Section"/> (<c>Provider</c> Sqlite|Postgres, <c>SqlitePath</c>, <c>PostgresConnectionString</c>),
    /// validated at start and migrated before the host starts (a file that cannot be opened stops the start as a setting).
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<StorageOptions, StorageOptionsValidator>()
            .Bind(configuration.GetSection(StorageOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => SqlDatabase.For(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<StorageMigrationService>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageMigrationService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupCheck, StorageMigrationService>(sp => sp.GetRequiredService<StorageMigrationService>()));
        return services;
    }
}
