using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Discord.Diagnostics;
using NewsBot.Startup;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace NewsBot.Operations;

internal static class OperationsServiceCollectionExtensions
{
    /// <summary>
    /// The health and metrics port (section <see cref="OperationsOptions.Section"/>). The features register their own
    /// readiness checks; metrics are collected only when the port is on (a listener costs a little on every measurement).
    /// </summary>
    public static IServiceCollection AddNewsBotOperations(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OperationsOptions.Section);
        services.AddOptionsWithValidateOnStart<OperationsOptions, OperationsOptionsValidator>().Bind(section);
        services.AddHealthChecks();
        services.TryAddSingleton<OperationsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<OperationsServer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupCheck, OperationsServer>(sp => sp.GetRequiredService<OperationsServer>()));
        if (!string.IsNullOrWhiteSpace(section[nameof(OperationsOptions.ListenUrl)]))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("newsbot"))
                .WithMetrics(metrics => metrics
                    .AddMeter(BotMeter.Name, DiscordMeter.Name)
                    .AddPrometheusExporter());
        }
        return services;
    }
}
