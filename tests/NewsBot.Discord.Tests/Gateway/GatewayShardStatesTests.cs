using NewsBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayShardStatesTests : IDisposable
{
    private readonly TimerClock _time = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
    private readonly ScriptedGateway _gateway = new();
    private readonly RecordingSink _sink = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly RecordedMeasurements _metrics = new();
    private readonly GatewayShardStates _states;
    private readonly GatewaySession _session;

    public GatewayShardStatesTests()
    {
        _states = new GatewayShardStates(Options.Create(new DiscordClientOptions()), _metrics.Factory);
        var settings = new GatewaySessionSettings("secret-token", 1, 0, 1, new Uri("wss://gateway.test/"), TimeSpan.FromSeconds(60));
        _session = new GatewaySession(settings, _gateway, _sink, new IdentifyScheduler(_time), _time,
            NullLogger<GatewaySession>.Instance, new FixedRandom(0.5), _states);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _session.Dispose();
        _metrics.Dispose();
    }

    [Fact]
    public async Task A_shard_is_ready_from_READY_not_while_it_reconnects_and_again_from_RESUMED_and_each_step_is_counted()
    {
        _states.Expect([0]);
        Assert.Equal((1, 0), (_states.ShardCount, _states.ReadyShardCount));

        var run = _session.RunAsync(_stop.Token);
        var first = await _gateway.NextConnectionAsync();
        first.Hello();
        await first.NextSentAsync();
        Assert.Equal(0, _states.ReadyShardCount);
        first.Ready();
        await _sink.NextAsync();
        Assert.Equal(1, _states.ReadyShardCount);

        first.ServerClose(4000);
        var second = await _gateway.NextConnectionAsync();
        Assert.Equal(0, _states.ReadyShardCount);
        Assert.Equal(1, _metrics.Sum("newsbot.gateway.reconnects", ("shard", 0), ("resume", true)));

        second.Hello();
        Assert.Equal(6, (int)(await second.NextSentAsync())["op"]!);
        second.Dispatch("RESUMED", 2, "{}");
        Assert.Equal("RESUMED", (await _sink.NextAsync()).Name);
        Assert.Equal(1, _states.ReadyShardCount);
        Assert.Equal(1, _metrics.Sum("newsbot.gateway.resumes", ("shard", 0)));
        _metrics.Observe();
        Assert.Equal(1, _metrics.Latest("newsbot.gateway.shards.ready"));

        await _stop.CancelAsync();
        await run.WithinAsync();
        Assert.Equal(0, _states.ReadyShardCount);
    }

    [Fact]
    public void Without_the_gateway_the_status_says_it_is_not_used()
    {
        var states = new GatewayShardStates(Options.Create(new DiscordClientOptions { ConnectGateway = false }), _metrics.Factory);

        Assert.False(states.Enabled);
        Assert.Equal(0, states.ShardCount);
    }
}
