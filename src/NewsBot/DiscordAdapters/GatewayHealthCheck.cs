using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Discord.Gateway;

namespace NewsBot.DiscordAdapters;

/// <summary>
/// Ready when every gateway shard of this process has an established session (READY or RESUMED, connection not lost
/// since): before that, or while a shard reconnects, slash commands cannot reach this process. With the gateway off
/// (<c>Discord:ConnectGateway</c> false) there is nothing to wait for.
/// </summary>
internal sealed class GatewayHealthCheck(IGatewayStatus status) : IHealthCheck
{
    public const string Name = "gateway";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.Enabled)
            return Task.FromResult(HealthCheckResult.Healthy("gateway not used (Discord:ConnectGateway is false)"));
        var (ready, total) = (status.ReadyShardCount, status.ShardCount);
        var description = total == 0 ? "no shard started yet" : $"{ready} of {total} shard(s) ready";
        return Task.FromResult(total > 0 && ready == total ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
    }
}
