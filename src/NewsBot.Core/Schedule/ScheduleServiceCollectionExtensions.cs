using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Core.Schedule;

public static class ScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the file-based <see cref="IStreamSchedule"/> (also a hosted service that watches the file), with
    /// <see cref="ScheduleOptions"/> bound from section <see cref="ScheduleOptions.Section"/> (<c>File</c>,
    /// <c>DefaultTimeZone</c>, <c>RescanInterval</c>, <c>Debounce</c>, <c>DefaultDuration</c>) and validated at start. Needs an
    /// <c>IDiscussionCatalog</c>.
    /// </summary>
    public static IServiceCollection AddStreamSchedule(
        this IServiceCollection services, IConfiguration configuration, Action<ScheduleOptions>? configure = null)
    {
        var options = services.AddOptionsWithValidateOnStart<ScheduleOptions, ScheduleOptionsValidator>()
            .Bind(configuration.GetSection(ScheduleOptions.Section));
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FileStreamSchedule>();
        services.TryAddSingleton<IStreamSchedule>(sp => sp.GetRequiredService<FileStreamSchedule>());
        services.AddHostedService(sp => sp.GetRequiredService<FileStreamSchedule>());
        return services;
    }
}
