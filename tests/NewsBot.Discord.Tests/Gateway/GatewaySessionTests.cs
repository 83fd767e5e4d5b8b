using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewaySessionTests : IDisposable
{
    // No reconnect delay, identify turn or heartbeat in these tests is further away than this.
    private static readonly TimeSpan Horizon = TimeSpan.FromSeconds(10);
    private readonly TimerClock _time = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
    private readonly ScriptedGateway _gateway = new();
    private readonly RecordingSink _sink = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly IdentifyScheduler _identifyScheduler;
    private readonly GatewaySession _session;

    public GatewaySessionTests()
    {
        var settings = new GatewaySessionSettings("secret-token", 1, 0, 1, new Uri("wss://gateway.test/"), TimeSpan.FromSeconds(60));
        _identifyScheduler = new IdentifyScheduler(_time);
        _session = new GatewaySession(settings, _gateway, _sink, _identifyScheduler, _time,
            NullLogger<GatewaySession>.Instance, new FixedRandom(0.5));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _session.Dispose();
    }

    private async Task<(Task<GatewayStopReason> Run, ScriptedConnection Connection)> StartReadyAsync(int heartbeatMs = 41250)
    {
        var run = _session.RunAsync(_stop.Token);
        var connection = await _gateway.NextConnectionAsync();
        connection.Hello(heartbeatMs);
        var identify = await connection.NextSentAsync();
        Assert.Equal(2, (int)identify["op"]!);
        connection.Ready();
        Assert.Equal("READY", (await _sink.NextAsync()).Name);
        return (run, connection);
    }

    [Fact]
    public async Task Identifies_with_token_guilds_intent_and_shard_then_keeps_the_session_from_ready()
    {
        var run = _session.RunAsync(_stop.Token);
        var connection = await _gateway.NextConnectionAsync();
        connection.Hello();

        var identify = await connection.NextSentAsync();

        Assert.Equal("wss://gateway.test/?v=10&encoding=json", connection.Endpoint!.ToString());
        Assert.Equal(2, (int)identify["op"]!);
        Assert.Equal("secret-token", (string)identify["d"]!["token"]!);
        Assert.Equal(1, (int)identify["d"]!["intents"]!);
        Assert.Equal("[0,1]", identify["d"]!["shard"]!.ToJsonString());
        Assert.NotNull(identify["d"]!["properties"]!["os"]);

        connection.Ready();
        await _sink.NextAsync();
        Assert.Equal("session-1", _session.SessionId);
        Assert.Equal(555UL, _session.ApplicationId!.Value.Value);
        Assert.Equal(1, _session.LastSequence);

        await _stop.CancelAsync();
        Assert.False((await run.WithinAsync()).IsFatal);
        Assert.Equal(1000, connection.ClosedWith);
    }

    [Fact]
    public async Task Beats_after_interval_times_jitter_with_the_last_sequence_and_stays_connected_while_acknowledged()
    {
        var hello = _time.GetUtcNow();
        var (_, connection) = await StartReadyAsync(heartbeatMs: 1000);

        // Jitter 0.5: the first beat half an interval after HELLO, then one every interval.
        await _time.AdvanceToTimerAsync(hello + TimeSpan.FromMilliseconds(500));
        var first = await connection.NextSentAsync();
        Assert.Equal(1, (int)first["op"]!);
        Assert.Equal(1, (long)first["d"]!);
        connection.Ack();

        connection.Dispatch("GUILD_CREATE", 2, """{"id":"100","name":"g","owner_id":"1","roles":[]}""");
        await _sink.NextAsync();
        await connection.WaitUntilReadAsync();
        await _time.AdvanceToTimerAsync(hello + TimeSpan.FromMilliseconds(1500));
        var second = await connection.NextSentAsync();
        Assert.Equal(1, (int)second["op"]!);
        Assert.Equal(2, (long)second["d"]!);
        connection.Ack();

        await connection.WaitUntilReadAsync();
        await _time.AdvanceToTimerAsync(hello + TimeSpan.FromMilliseconds(2500));
        var third = await connection.NextSentAsync();
        Assert.Equal(1, (int)third["op"]!);
        Assert.Equal(1, _gateway.ConnectionCount);
        Assert.Null(connection.ClosedWith);
    }

    [Fact]
    public async Task Answers_a_server_heartbeat_request_at_once()
    {
        var (_, connection) = await StartReadyAsync();

        connection.Push("""{"op":1,"d":null,"s":null,"t":null}""");

        var beat = await connection.NextSentAsync();
        Assert.Equal(1, (int)beat["op"]!);
    }

    [Fact]
    public async Task While_waiting_its_turn_to_identify_a_shard_keeps_taking_heartbeat_acks_and_stays_connected()
    {
        // Another shard of the same bucket identified just now: this one must wait about 5 s, five heartbeats long.
        await _identifyScheduler.WaitTurnAsync(1, CancellationToken.None);
        var run = _session.RunAsync(_stop.Token);
        var connection = await _gateway.NextConnectionAsync();
        var hello = _time.GetUtcNow();
        connection.Hello(1000);
        var turn = await _time.WaitForTimerAsync((_, setBy) => setBy == "IdentifyScheduler.WaitTurnAsync");

        for (var beat = 0; beat < 5; beat++)
        {
            await _time.AdvanceToTimerAsync(hello + TimeSpan.FromMilliseconds(500 + (1000 * beat)));
            Assert.Equal(1, (int)(await connection.NextSentAsync())["op"]!);
            connection.Ack();
            await connection.WaitUntilReadAsync();
        }
        await _time.AdvanceToTimerAsync(turn);
        var identify = await connection.NextSentAsync();

        Assert.Equal(2, (int)identify["op"]!);
        Assert.True(turn - hello >= TimeSpan.FromSeconds(5));
        Assert.Null(connection.ClosedWith);
        Assert.Equal(1, _gateway.ConnectionCount);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task Missing_ack_before_the_next_beat_closes_resumably_and_resumes_without_handling_replays_twice()
    {
        var hello = _time.GetUtcNow();
        var (_, first) = await StartReadyAsync(heartbeatMs: 1000);
        first.Dispatch("MESSAGE_CREATE", 2, """{"n":2}""");
        await _sink.NextAsync();
        await _time.AdvanceToTimerAsync(hello + TimeSpan.FromMilliseconds(500));
        var beat = await first.NextSentAsync();
        Assert.Equal(1, (int)beat["op"]!);

        // No ACK: at the next beat the connection counts as a zombie.
        await _time.AdvanceToTimerAsync(hello + TimeSpan.FromMilliseconds(1500));
        var second = await _gateway.NextConnectionAsync();
        Assert.NotNull(first.ClosedWith);
        Assert.NotEqual(1000, first.ClosedWith);
        Assert.NotEqual(1001, first.ClosedWith);

        second.Hello(1000);
        var resume = await second.NextSentAsync();
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("session-1", (string)resume["d"]!["session_id"]!);
        Assert.Equal(2, (long)resume["d"]!["seq"]!);
        Assert.Equal("secret-token", (string)resume["d"]!["token"]!);
        Assert.Equal("wss://resume.test/gateway?v=10&encoding=json", second.Endpoint!.ToString());

        second.Dispatch("MESSAGE_CREATE", 2, """{"n":2}""");
        second.Dispatch("MESSAGE_CREATE", 3, """{"n":3}""");
        second.Dispatch("RESUMED", 4, "{}");
        Assert.Equal("MESSAGE_CREATE", (await _sink.NextAsync()).Name);
        Assert.Equal("RESUMED", (await _sink.NextAsync()).Name);

        Assert.Equal(["READY", "MESSAGE_CREATE:2", "MESSAGE_CREATE:3", "RESUMED"], _sink.Handled.ToArray());
        Assert.Equal(4, _session.LastSequence);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4008)]
    public async Task A_dropped_or_resumable_close_resumes_at_the_resume_url(int? closeCode)
    {
        var (_, first) = await StartReadyAsync();

        first.ServerClose(closeCode);
        var second = await _gateway.NextConnectionAsync();
        second.Hello();

        var resume = await second.NextSentAsync();
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("resume.test", second.Endpoint!.Host);
    }

    [Fact]
    public async Task Reconnect_request_closes_resumably_and_resumes()
    {
        var (_, first) = await StartReadyAsync();

        first.Push("""{"op":7,"d":null,"s":null,"t":null}""");
        var second = await _gateway.NextConnectionAsync();
        second.Hello();

        Assert.Equal(4000, first.ClosedWith);
        Assert.Equal(6, (int)(await second.NextSentAsync())["op"]!);
    }

    [Fact]
    public async Task Invalid_session_that_may_resume_resumes()
    {
        var (_, first) = await StartReadyAsync();

        first.Push("""{"op":9,"d":true,"s":null,"t":null}""");
        var second = await _gateway.NextConnectionAsync();
        second.Hello();

        Assert.Equal(6, (int)(await second.NextSentAsync())["op"]!);
    }

    [Fact]
    public async Task Invalid_session_that_may_not_resume_waits_one_to_five_seconds_then_identifies_afresh()
    {
        var (_, first) = await StartReadyAsync();
        var invalidatedAt = _time.GetUtcNow();

        first.Push("""{"op":9,"d":false,"s":null,"t":null}""");
        var reconnectAt = await _time.AdvanceToTimerAsync(due => due >= invalidatedAt + TimeSpan.FromSeconds(1) && due <= invalidatedAt + TimeSpan.FromSeconds(5));
        var second = await _gateway.NextConnectionAsync();
        // Jitter 0.5: the middle of Discord's 1-5 s.
        Assert.Equal(TimeSpan.FromSeconds(3), reconnectAt - invalidatedAt);
        second.Hello();

        // The fresh identify waits out the 5-s identify limit counted from the first one.
        var identify = await _time.RunUntilAsync(second.NextSentAsync(), Horizon);
        Assert.Equal(2, (int)identify["op"]!);
        Assert.Equal("wss://gateway.test/?v=10&encoding=json", second.Endpoint!.ToString());
        Assert.Null(_session.SessionId);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Invalid_sequence_or_timed_out_session_identifies_afresh(int closeCode)
    {
        var (_, first) = await StartReadyAsync();

        first.ServerClose(closeCode);
        var second = await _gateway.NextConnectionAsync();
        second.Hello();

        var identify = await _time.RunUntilAsync(second.NextSentAsync(), Horizon);
        Assert.Equal(2, (int)identify["op"]!);
        second.Ready(sequence: 1, sessionId: "session-2");
        await _sink.NextAsync();
        Assert.Equal("session-2", _session.SessionId);
        Assert.Equal(1, _session.LastSequence);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Fatal_close_codes_stop_the_session_with_the_code_and_never_reconnect(int closeCode)
    {
        var run = _session.RunAsync(_stop.Token);
        var connection = await _gateway.NextConnectionAsync();
        connection.Hello();
        await connection.NextSentAsync();

        connection.ServerClose(closeCode);
        var stop = await run.WithinAsync();

        Assert.True(stop.IsFatal);
        Assert.Equal(closeCode, stop.CloseCode);
        Assert.Equal(1, _gateway.ConnectionCount);
    }
}
