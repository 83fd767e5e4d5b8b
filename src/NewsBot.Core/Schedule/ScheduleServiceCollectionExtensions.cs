using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Schedule;

public static class ScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the file-based <see cref="IStreamSchedule"/> (also a hosted service that watches the file).
    /// Needs an <c>IDiscussionCatalog</c>. Options come from <paramref name="configure"/>; the host binds section
    /// <see cref="ScheduleOptions.Section"/> (see <c>AddNewsBotSchedule</c>) and they are validated at start.
    /// </summary>
    public static IServiceCollection AddStreamSchedule(this IServiceCollection services, Action<ScheduleOptions>? configure = null)
    {
        var builder = services.AddOptions<ScheduleOptions>().ValidateOnStart();
        if (configure is not null)
            builder.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FileStreamSchedule>();
        services.TryAddSingleton<IStreamSchedule>(sp => sp.GetRequiredService<FileStreamSchedule>());
        services.AddHostedService(sp => sp.GetRequiredService<FileStreamSchedule>());
        return services;
    }
}
