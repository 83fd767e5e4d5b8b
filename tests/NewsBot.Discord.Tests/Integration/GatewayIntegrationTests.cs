using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Sandbox.Control;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>The client's gateway against the sandbox over real sockets: connect, resume, re-identify, zombies, fatal closes.</summary>
public sealed class GatewayIntegrationTests
{
    [Fact]
    public async Task Connecting_identifies_with_the_guilds_intent_and_caches_the_guild_with_the_bots_permissions()
    {
        await using var bot = await SandboxBot.StartAsync();

        var session = Assert.Single(bot.Sandbox.Control.Sessions());
        Assert.Equal(1L, (long)session!["intents"]!);
        Assert.True((bool)session["connected"]!);
        Assert.Equal(1, bot.Requests.Count("GET", "/api/v10/gateway/bot", 200));
        Assert.Equal(["READY", "GUILD_CREATE"], bot.Events.Names);

        Assert.Equal(bot.Sandbox.World.BotUser.Id, bot.Cache.CurrentUserId!.Value.Value);
        var guild = bot.Cache.GetGuild(bot.Guild.Id);
        Assert.NotNull(guild);
        Assert.Equal(bot.Guild.Name, guild.Name);
        Assert.Equal(bot.Guild.Channels.Count, guild.Channels.Count);
        var post = Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks;
        Assert.True(bot.Cache.BotHas(bot.Guild.Id, bot.ChannelId("announcements"), post));
        // Without Send Messages, Discord implicitly denies Embed Links too.
        Assert.Equal(Permissions.SendMessages | Permissions.EmbedLinks, bot.Cache.MissingBotPermissions(bot.Guild.Id, bot.ChannelId("read-only"), post));
    }

    [Fact]
    public async Task After_a_dropped_connection_the_session_resumes_and_every_interaction_around_the_drop_is_handled_exactly_once()
    {
        await using var bot = await SandboxBot.StartAsync();
        var sessionId = Assert.Single(bot.Sessions()).Id;

        var before = Enumerable.Range(0, 5).Select(i => bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("summary"))).ToList();
        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.DropConnection));
        var after = Enumerable.Range(0, 5).Select(i => bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("panel"))).ToList();
        var outcomes = await Task.WhenAll(before.Concat(after)).WaitAsync(SandboxBot.Timeout);
        await bot.Events.WaitForAsync("RESUMED");

        Assert.All(outcomes, o => Assert.True(o.Answered, o.Error));
        Assert.All(outcomes, o => Assert.Equal(4, SandboxBot.CallbackType(o.Callback)));
        Assert.Equal(10, bot.Handler.Handled.Count);
        Assert.All(bot.Handler.Handled.Values, count => Assert.Equal(1, count));
        Assert.Equal(10, bot.Sandbox.Control.Messages(bot.ChannelId("general")).Count);
        Assert.Equal(sessionId, Assert.Single(bot.Sessions()).Id);
        Assert.Equal(1, bot.Events.Count("READY"));
        Assert.Equal(1, bot.Sandbox.Control.IdentifyCount);
    }

    [Fact]
    public async Task A_reconnect_request_resumes_the_same_session()
    {
        await using var bot = await SandboxBot.StartAsync();
        var sessionId = Assert.Single(bot.Sessions()).Id;

        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.Reconnect));
        await bot.Events.WaitForAsync("RESUMED");
        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("stream"));

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(sessionId, Assert.Single(bot.Sessions()).Id);
        Assert.Equal(1, bot.Events.Count("READY"));
        Assert.Equal(2, bot.Sandbox.Control.GatewayConnectionCount);
    }

    [Fact]
    public async Task A_resumable_invalid_session_resumes_the_same_session()
    {
        await using var bot = await SandboxBot.StartAsync();
        var sessionId = Assert.Single(bot.Sessions()).Id;

        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.InvalidSession, Resumable: true));
        await bot.Events.WaitForAsync("RESUMED");
        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("stream"));

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(sessionId, Assert.Single(bot.Sessions()).Id);
        Assert.Equal(1, bot.Events.Count("READY"));
        Assert.Equal(1, bot.Sandbox.Control.IdentifyCount);
    }

    [Fact]
    public async Task A_non_resumable_invalid_session_starts_a_new_session_with_a_fresh_identify()
    {
        await using var bot = await SandboxBot.StartAsync();
        var sessionId = Assert.Single(bot.Sessions()).Id;

        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.InvalidSession, Resumable: false));
        // Discord's 1-5 s at random before a fresh identify, which then waits out the 5-s identify limit.
        var invalidated = bot.Time.GetUtcNow();
        var reconnected = await bot.Time.AdvanceToTimerAsync("GatewaySession.RunAsync");
        await bot.Time.AdvanceToTimerAsync("IdentifyScheduler.WaitTurnAsync");
        await bot.Events.WaitForAsync("READY", 2);
        await bot.Events.WaitForAsync("GUILD_CREATE", 2);
        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("stream"));

        Assert.True(outcome.Answered, outcome.Error);
        var fresh = Assert.Single(bot.Sessions());
        Assert.NotEqual(sessionId, fresh.Id);
        Assert.True(fresh.Connected);
        Assert.Equal(0, bot.Events.Count("RESUMED"));
        Assert.InRange(reconnected - invalidated, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal(2, bot.Sandbox.Control.IdentifyCount);
        // The fresh identify waited for the 5-s identify limit instead of being refused by it.
        Assert.Equal(0, bot.Sandbox.Control.RefusedIdentifyCount);
    }

    [Fact]
    public async Task Two_shards_sharing_one_identify_bucket_identify_five_seconds_apart_and_are_never_refused()
    {
        await using var bot = await SandboxBot.StartAsync(clientOptions: o => o.ShardCount = 2, waitForGuild: false);
        var started = bot.Time.GetUtcNow();

        await bot.Events.WaitForAsync("READY");
        var secondIdentify = await bot.Time.AdvanceToTimerAsync("IdentifyScheduler.WaitTurnAsync");
        await bot.Events.WaitForAsync("READY", 2);

        Assert.True(secondIdentify - started >= TimeSpan.FromSeconds(5));
        Assert.Equal(2, bot.Sandbox.Control.IdentifyCount);
        Assert.Equal(0, bot.Sandbox.Control.RefusedIdentifyCount);
        Assert.Equal([0, 1], bot.Sandbox.Control.Sessions().Select(s => s!["shard"]![0]!.GetValue<int>()).Order());
    }

    [Fact]
    public async Task Shards_in_different_identify_buckets_identify_together()
    {
        await using var bot = await SandboxBot.StartAsync(s => s.MaxConcurrency = 2, o => o.ShardCount = 2, waitForGuild: false);
        var started = bot.Time.GetUtcNow();

        await bot.Events.WaitForAsync("READY", 2);

        // Both were ready without the clock moving at all: neither waited for the other.
        Assert.Equal(started, bot.Time.GetUtcNow());
        Assert.Equal(0, bot.Sandbox.Control.RefusedIdentifyCount);
    }

    [Fact]
    public async Task A_connection_whose_heartbeats_go_unacknowledged_is_closed_and_resumed()
    {
        // Only the client's zombie check may end the connection here: the sandbox's own heartbeat timeout is off.
        await using var bot = await SandboxBot.StartAsync(s => s.HeartbeatTimeout = Timeout.InfiniteTimeSpan);
        var sessionId = Assert.Single(bot.Sessions()).Id;

        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.StopHeartbeatAck));
        // The first beat (within an interval of HELLO) goes unacknowledged; at the next, the connection is a zombie.
        var firstBeat = await bot.Time.AdvanceToTimerAsync("GatewaySession.HeartbeatLoopAsync");
        var zombieCheck = await bot.Time.AdvanceToTimerAsync("GatewaySession.HeartbeatLoopAsync");
        await bot.Events.WaitForAsync("RESUMED");
        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("questions"));

        // Closing with 1000 would have ended the session on the server: the resume proves a non-1000 close.
        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(TimeSpan.FromMilliseconds(41250), zombieCheck - firstBeat);
        Assert.Equal(sessionId, Assert.Single(bot.Sessions()).Id);
        Assert.Equal(1, bot.Events.Count("RESUMED"));
        Assert.Equal(1, bot.Sandbox.Control.IdentifyCount);
        Assert.Equal(2, bot.Sandbox.Control.GatewayConnectionCount);
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_keeps_the_connection_and_the_session()
    {
        await using var bot = await SandboxBot.StartAsync();

        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.RequestHeartbeat));
        var outcome = await bot.Sandbox.Control.InvokeCommandAsync(new InteractionRequest("help"));

        Assert.True(outcome.Answered, outcome.Error);
        Assert.Equal(1, bot.Sandbox.Control.GatewayConnectionCount);
    }

    [Fact]
    public async Task A_wrong_token_stops_the_application_once_without_a_retry_loop()
    {
        var exitCode = Environment.ExitCode;
        try
        {
            await using var bot = await SandboxBot.StartAsync(s => s.ExpectedToken = "another-token", waitForGuild: false);
            await StoppingAsync(bot);

            Assert.Null(bot.Gateway.FatalStop!.CloseCode);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, bot.Gateway.FatalStop.HttpStatus);
            Assert.Contains("token", bot.Gateway.FatalStop.Description, StringComparison.Ordinal);
            Assert.Equal(1, bot.Requests.Count("GET", "/gateway/bot"));
            Assert.Equal(0, bot.Sandbox.Control.GatewayConnectionCount);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    [Fact]
    public async Task A_token_revoked_while_connected_ends_in_close_4004_and_a_clean_stop_without_a_retry_loop()
    {
        var exitCode = Environment.ExitCode;
        var sandboxOptions = default(NewsBot.Sandbox.SandboxOptions);
        try
        {
            await using var bot = await SandboxBot.StartAsync(s => sandboxOptions = s);
            sandboxOptions!.ExpectedToken = "rotated-token";

            await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(SandboxFaultKind.DropConnection));
            await StoppingAsync(bot);
            await bot.Host.StopAsync().WaitAsync(SandboxBot.Timeout);

            Assert.Equal(GatewayCloseCodes.AuthenticationFailed, bot.Gateway.FatalStop!.CloseCode);
            Assert.Equal(2, bot.Sandbox.Control.GatewayConnectionCount);
            Assert.Equal(1, bot.Sandbox.Control.IdentifyCount);
            Assert.Equal(0, bot.Events.Count("RESUMED"));
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    private static async Task StoppingAsync(SandboxBot bot)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = bot.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        await stopping.Task.WaitAsync(SandboxBot.Timeout);
    }
}
