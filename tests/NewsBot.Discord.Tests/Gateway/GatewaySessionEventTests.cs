using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>The session reads each dispatch's typed event as it arrives and hands it on with the raw data.</summary>
public sealed class GatewaySessionEventTests : IDisposable
{
    private readonly TimerClock _time = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
    private readonly ScriptedGateway _gateway = new();
    private readonly RecordingSink _sink = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly GatewaySession _session;

    public GatewaySessionEventTests()
    {
        var settings = new GatewaySessionSettings("secret-token", 1, 0, 1, new Uri("wss://gateway.test/"), TimeSpan.FromSeconds(60));
        _session = new GatewaySession(settings, _gateway, _sink, new IdentifyScheduler(_time), _time,
            NullLogger<GatewaySession>.Instance, new FixedRandom(0.5));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _session.Dispose();
    }

    private async Task<ScriptedConnection> ConnectAsync()
    {
        var connection = await _gateway.NextConnectionAsync();
        connection.Hello();
        Assert.Equal(2, (int)(await connection.NextSentAsync())["op"]!);
        return connection;
    }

    [Fact]
    public async Task Each_dispatch_reaches_the_sink_with_its_typed_event_and_its_raw_data()
    {
        _ = _session.RunAsync(_stop.Token);
        var connection = await ConnectAsync();

        connection.Ready();
        connection.Dispatch("GUILD_CREATE", 2, """{"id":"100","name":"g","owner_id":"1","roles":[]}""");
        connection.Dispatch("MESSAGE_CREATE", 3, """{"id":"7","content":"hallo"}""");

        var ready = Assert.IsType<ReadyEvent>((await _sink.NextAsync()).Event);
        Assert.Equal(_session.SessionId, ready.SessionId);
        Assert.Equal(new Snowflake(555), ready.Application.Id);
        var guildCreate = await _sink.NextAsync();
        Assert.Equal("g", Assert.IsType<GuildCreateEvent>(guildCreate.Event).Guild.Name);
        Assert.Equal("100", guildCreate.Data.GetProperty("id").GetString());
        var message = await _sink.NextAsync();
        Assert.Null(message.Event);
        Assert.Equal("hallo", message.Data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task An_event_whose_data_does_not_fit_its_type_is_skipped_and_the_session_carries_on()
    {
        _ = _session.RunAsync(_stop.Token);
        var connection = await ConnectAsync();
        connection.Ready();
        await _sink.NextAsync();

        connection.Dispatch("GUILD_ROLE_DELETE", 2, """{"guild_id":"not a snowflake","role_id":"200"}""");
        connection.Dispatch("CHANNEL_DELETE", 3, """{"id":"300","type":0,"guild_id":"100"}""");

        var next = await _sink.NextAsync();
        Assert.Equal("CHANNEL_DELETE", next.Name);
        Assert.Equal(3, _session.LastSequence);
        Assert.Equal(1, _gateway.ConnectionCount);
        Assert.Null(connection.ClosedWith);
    }

    [Fact]
    public async Task An_unreadable_ready_fails_the_connection_and_the_next_one_identifies_again()
    {
        _ = _session.RunAsync(_stop.Token);
        var first = await ConnectAsync();

        first.Dispatch("READY", 1, """{"session_id":12}""");

        await _time.AdvanceToTimerAsync("GatewaySession.RunAsync");
        var second = await _gateway.NextConnectionAsync();
        Assert.NotNull(first.ClosedWith);
        Assert.Null(_session.SessionId);
        second.Hello();
        await _time.AdvanceToTimerAsync("IdentifyScheduler.WaitTurnAsync");
        Assert.Equal(2, (int)(await second.NextSentAsync())["op"]!);
    }
}
