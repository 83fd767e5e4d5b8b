using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsBot.Discord.Gateway;
using NewsBot.DiscordAdapters;

namespace NewsBot.Tests.Operations;

public sealed class GatewayHealthCheckTests
{
    private sealed record Status(bool Enabled, int ShardCount, int ReadyShardCount) : IGatewayStatus;

    [Theory]
    [InlineData(true, 0, 0, HealthStatus.Unhealthy, "no shard started yet")]
    [InlineData(true, 2, 0, HealthStatus.Unhealthy, "0 of 2 shard(s) ready")]
    [InlineData(true, 2, 1, HealthStatus.Unhealthy, "1 of 2 shard(s) ready")]
    [InlineData(true, 2, 2, HealthStatus.Healthy, "2 of 2 shard(s) ready")]
    [InlineData(false, 0, 0, HealthStatus.Healthy, "gateway not used")]
    public async Task Ready_only_when_every_shard_of_this_process_has_a_session(bool enabled, int shards, int ready, HealthStatus expected, string description)
    {
        var result = await new GatewayHealthCheck(new Status(enabled, shards, ready)).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
        Assert.Contains(description, result.Description, StringComparison.Ordinal);
    }
}
