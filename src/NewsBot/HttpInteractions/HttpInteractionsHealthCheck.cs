using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace NewsBot.HttpInteractions;

/// <summary>Ready when the interactions endpoint listens (Http and Both mode); in Gateway mode there is nothing to wait for.</summary>
internal sealed class HttpInteractionsHealthCheck(IOptions<InteractionsOptions> options, HttpInteractionsServer server) : IHealthCheck
{
    public const string Name = "interactions-endpoint";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(options.Value.Mode == InteractionMode.Gateway
            ? HealthCheckResult.Healthy("not used (Interactions:Mode is Gateway)")
            : server.EndpointUrl is { } url
                ? HealthCheckResult.Healthy($"listening at {url}")
                : HealthCheckResult.Unhealthy("not listening yet"));
}
