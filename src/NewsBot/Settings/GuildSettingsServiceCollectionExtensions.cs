using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Settings;

public static class GuildSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by section <c>Storage</c> (<c>Provider</c> Sqlite|Postgres, <c>SqlitePath</c>,
    /// <c>PostgresConnectionString</c>; validated and migrated at start) and <see cref="IGuildSettingsStore"/> and <see cref="ISettingsChangeLog"/> on it,
    /// and the store as the slash commands' <see cref="IGuildSettingsLookup"/> (before or after <c>AddSlashCommands</c>).
    /// </summary>
    public static IServiceCollection AddGuildSettings(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(SqlDatabase)))
            return services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqlDatabase>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Provider == StorageProvider.Postgres
                ? new PostgresDatabase(options.PostgresConnectionString!, time)
                : new SqliteDatabase(options.SqlitePath, time);
        });
        services.TryAddSingleton<StorageMigrationService>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageMigrationService>());
        services.AddSingleton<IStartupCheck>(sp => sp.GetRequiredService<StorageMigrationService>());
        services.TryAddSingleton<IGuildSettingsStore>(sp => sp.GetRequiredService<SqlDatabase>() switch
        {
            SqliteDatabase sqlite => ActivatorUtilities.CreateInstance<SqliteGuildSettingsStore>(sp, sqlite),
            PostgresDatabase postgres => ActivatorUtilities.CreateInstance<PostgresGuildSettingsStore>(sp, postgres),
            var other => throw new InvalidOperationException($"No settings store for {other.Provider}."),
        });
        services.TryAddSingleton(sp => (ISettingsChangeLog)sp.GetRequiredService<IGuildSettingsStore>());
        services.TryAddSingleton(GuildSettingsLookupFromStore.Resolve);
        return services;
    }
}
