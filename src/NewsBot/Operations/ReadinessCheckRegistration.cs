using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsBot.Operations;

internal static class ReadinessCheckRegistration
{
    /// <summary>
    /// Puts <typeparamref name="TCheck"/> behind <c>/readyz</c>. Only the registration: the health check service itself
    /// comes with the operations port, so a feature registered alone (tests) gains no hosted service. Registering twice
    /// changes nothing.
    /// </summary>
    public static IServiceCollection AddReadinessCheck<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCheck>(
        this IServiceCollection services, string name, TimeSpan? timeout = null)
        where TCheck : class, IHealthCheck
    {
        if (services.Any(d => d.ServiceType == typeof(TCheck)))
            return services;
        services.AddSingleton<TCheck>();
        services.Configure<HealthCheckServiceOptions>(o => o.Registrations.Add(new HealthCheckRegistration(
            name, sp => sp.GetRequiredService<TCheck>(), HealthStatus.Unhealthy, [HealthTags.Ready], timeout)));
        return services;
    }
}
