using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Settings;

public static class GuildSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the guild settings on the database of <c>AddStorage</c>: one store that is the
    /// <see cref="IGuildSettingsStore"/>, the <see cref="IGuildSettingsLookup"/> and the <see cref="ISettingsChangeLog"/>.
    /// </summary>
    public static IServiceCollection AddGuildSettings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqlGuildSettingsStore>();
        services.TryAddSingleton<IGuildSettingsStore>(sp => sp.GetRequiredService<SqlGuildSettingsStore>());
        services.TryAddSingleton<IGuildSettingsLookup>(sp => sp.GetRequiredService<SqlGuildSettingsStore>());
        services.TryAddSingleton<ISettingsChangeLog>(sp => sp.GetRequiredService<SqlGuildSettingsStore>());
        return services;
    }
}
