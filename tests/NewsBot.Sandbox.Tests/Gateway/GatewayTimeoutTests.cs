using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Gateway;

/// <summary>The gateway's clocks: silent connections are closed, dropped sessions stay resumable only for a while.</summary>
public sealed class GatewayTimeoutTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_connection_that_stops_heartbeating_is_closed_and_its_session_stays_resumable()
    {
        var (server, time, bot, ready) = await StartIdentifiedAsync();
        await using var _ = server;
        await using var __ = bot;

        time.Advance(Interval * 2);

        // Discord: "your connection will be closed and you will be forced to Resume" - with a code that says resume.
        Assert.Equal(4000, await bot.ReceiveCloseAsync());
        var resumed = await ResumeAsync(server, ready);
        Assert.Equal("RESUMED", resumed["t"]!.GetValue<string>());
        var session = Assert.Single(server.Control.Sessions());
        Assert.Equal(ready["d"]!["session_id"]!.GetValue<string>(), session!["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_connection_that_heartbeats_stays_open_long_past_the_timeout()
    {
        var (server, time, bot, _) = await StartIdentifiedAsync();
        await using var _ = server;
        await using var __ = bot;

        for (var beat = 0; beat < 5; beat++)
        {
            time.Advance(Interval);
            await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 });
            Assert.Equal(11, (await bot.ReceiveOpAsync(11))["op"]!.GetValue<int>());
        }

        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, bot.State);
        Assert.True(Assert.Single(server.Control.Sessions())!["connected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_heartbeat_timeout_can_be_switched_off()
    {
        var (server, time, bot, _) = await StartIdentifiedAsync(o => o.HeartbeatTimeout = Timeout.InfiniteTimeSpan);
        await using var _ = server;
        await using var __ = bot;

        time.Advance(TimeSpan.FromDays(3));
        await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 });

        Assert.Equal(11, (await bot.ReceiveOpAsync(11))["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_dropped_session_resumes_within_the_resume_window()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync(o => o.SessionResumeWindow = TimeSpan.FromMinutes(3));
        await using var _ = server;
        var ready = await IdentifyAndDropAsync(server);

        time.Advance(TimeSpan.FromMinutes(2.5));
        var resumed = await ResumeAsync(server, ready);

        Assert.Equal("RESUMED", resumed["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dropped_session_expires_after_the_resume_window_and_is_no_longer_listed()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync(o => o.SessionResumeWindow = TimeSpan.FromMinutes(3));
        await using var _ = server;
        var ready = await IdentifyAndDropAsync(server);

        time.Advance(TimeSpan.FromMinutes(3));

        Assert.Empty(server.Control.Sessions());
        Assert.False(server.Control.HasBotSession(server.World.DefaultGuild.Id));
        var invalid = await ResumeAsync(server, ready);
        Assert.Equal(9, invalid["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    /// <summary>A fake-clock sandbox heartbeating every <see cref="Interval"/>, with a raw bot identified and sent its guild.</summary>
    private static async Task<(SandboxServer Server, FakeTimeProvider Time, RawBot Bot, JsonObject Ready)> StartIdentifiedAsync(
        Action<SandboxOptions>? configure = null)
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync(o =>
        {
            o.HeartbeatInterval = Interval;
            configure?.Invoke(o);
        });
        var (bot, ready) = await RawBot.IdentifiedAsync(server);
        await bot.ReceiveDispatchAsync("GUILD_CREATE");
        return (server, time, bot, ready);
    }

    /// <summary>Identifies, then cuts the TCP connection and waits until the sandbox has noticed.</summary>
    private static async Task<JsonObject> IdentifyAndDropAsync(SandboxServer server)
    {
        var (bot, ready) = await RawBot.IdentifiedAsync(server);
        await bot.ReceiveDispatchAsync("GUILD_CREATE");
        bot.Abort();
        await bot.DisposeAsync();
        using var timeout = new CancellationTokenSource(RawBot.Timeout);
        while (Assert.Single(server.Control.Sessions())!["connected"]!.GetValue<bool>())
            await Task.Delay(10, timeout.Token);
        return ready;
    }

    /// <summary>Resumes the session READY named on a new connection; returns RESUMED or the INVALID_SESSION.</summary>
    private static async Task<JsonObject> ResumeAsync(SandboxServer server, JsonObject ready)
    {
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();
        await bot.SendAsync(new JsonObject
        {
            ["op"] = 6,
            ["d"] = new JsonObject { ["token"] = "test-token", ["session_id"] = ready["d"]!["session_id"]!.GetValue<string>(), ["seq"] = 2 },
        });
        while (true)
        {
            var payload = await bot.ReceiveAsync() ?? throw new InvalidOperationException($"closed ({bot.CloseCode})");
            if (payload["op"]!.GetValue<int>() == 9 || payload["t"]?.GetValue<string>() == "RESUMED")
                return payload;
        }
    }
}
