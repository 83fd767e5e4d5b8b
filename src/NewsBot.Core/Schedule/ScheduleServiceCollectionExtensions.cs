using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Schedule;

public static class ScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the file-based <see cref="IStreamSchedule"/> (also a hosted service that watches the file), with
    /// <see cref="ScheduleOptions"/> read from section <c>Schedule</c> (<c>File</c>, <c>DefaultTimeZone</c>,
    /// <c>RescanInterval</c>, <c>Debounce</c>, <c>DefaultDuration</c>) and validated at start. Needs an <c>IDiscussionCatalog</c>.
    /// </summary>
    public static IServiceCollection AddStreamSchedule(
        this IServiceCollection services, IConfiguration configuration, Action<ScheduleOptions>? configure = null)
    {
        var section = configuration.GetSection(ScheduleOptions.Section);
        var builder = services.AddOptions<ScheduleOptions>().Configure(o => Read(section, o)).ValidateOnStart();
        if (configure is not null)
            builder.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScheduleOptions>, ScheduleOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FileStreamSchedule>();
        services.TryAddSingleton<IStreamSchedule>(sp => sp.GetRequiredService<FileStreamSchedule>());
        services.AddHostedService(sp => sp.GetRequiredService<FileStreamSchedule>());
        return services;
    }

    // Read by hand: NewsBot.Core does not take a dependency on the configuration binder for five keys.
    private static void Read(IConfigurationSection section, ScheduleOptions options)
    {
        if (section["File"] is { Length: > 0 } file)
            options.File = file;
        if (section["DefaultTimeZone"] is { Length: > 0 } zone)
            options.DefaultTimeZone = zone;
        options.RescanInterval = Duration(section, "RescanInterval", options.RescanInterval);
        options.Debounce = Duration(section, "Debounce", options.Debounce);
        options.DefaultDuration = Duration(section, "DefaultDuration", options.DefaultDuration);
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new OptionsValidationException(ScheduleOptions.Section, typeof(ScheduleOptions),
                [$"Schedule:{key} '{text}' is not a duration like 00:00:30."]);
    }
}
