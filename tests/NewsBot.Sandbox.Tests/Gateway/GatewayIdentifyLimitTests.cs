using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Gateway;

/// <summary>Discord's identify limit: one IDENTIFY per concurrency bucket (<c>shard_id % max_concurrency</c>) per 5 s.</summary>
public sealed class GatewayIdentifyLimitTests
{
    [Fact]
    public async Task A_second_identify_in_the_same_bucket_within_five_seconds_gets_a_non_resumable_invalid_session()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        var (first, _) = await RawBot.IdentifiedAsync(server, shard: [0, 2]);
        await using var __ = first;
        await using var second = await RawBot.ConnectAsync(server);
        await second.ReceiveAsync();

        time.Advance(TimeSpan.FromSeconds(4.9));
        await second.IdentifyAsync(shard: [1, 2]);
        var invalid = await second.ReceiveOpAsync(9);

        Assert.False(invalid["d"]!.GetValue<bool>());
        Assert.Equal(1, server.Control.IdentifyCount);
        Assert.Equal(1, server.Control.RefusedIdentifyCount);

        time.Advance(TimeSpan.FromSeconds(0.1));
        await second.IdentifyAsync(shard: [1, 2]);
        var ready = await second.ReceiveDispatchAsync("READY");

        Assert.Equal([1, 2], ready["d"]!["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal(2, server.Control.IdentifyCount);
    }

    [Fact]
    public async Task Shards_in_different_buckets_identify_at_once()
    {
        var (server, _) = await TestSandbox.StartWithFakeTimeAsync(o => o.MaxConcurrency = 2);
        await using var _ = server;

        var (first, _) = await RawBot.IdentifiedAsync(server, shard: [0, 2]);
        await using var __ = first;
        var (second, _) = await RawBot.IdentifiedAsync(server, shard: [1, 2]);
        await using var ___ = second;

        Assert.Equal(2, server.Control.IdentifyCount);
        Assert.Equal(0, server.Control.RefusedIdentifyCount);
    }

    [Fact]
    public async Task Gateway_bot_reports_the_configured_identify_concurrency()
    {
        await using var server = await TestSandbox.StartAsync(o => o.MaxConcurrency = 16);
        using var http = TestSandbox.Client(server);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/gateway/bot");

        Assert.Equal(200, status);
        Assert.Equal(16, body!["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_identify_limit_can_be_switched_off()
    {
        await using var server = await TestSandbox.StartAsync(o => o.IdentifyInterval = TimeSpan.Zero);

        var (first, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = first;
        var (second, ready) = await RawBot.IdentifiedAsync(server);
        await using var __ = second;

        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        Assert.Equal(0, server.Control.RefusedIdentifyCount);
    }
}
