using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Gateway;

public sealed class GatewaySessionTests
{
    [Fact]
    public async Task Identify_is_answered_with_ready_then_a_full_guild_create_in_sequence()
    {
        await using var server = await TestSandbox.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromMilliseconds(1234));
        await using var bot = await RawBot.ConnectAsync(server);

        var hello = await bot.ReceiveAsync();
        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(1234, hello["d"]!["heartbeat_interval"]!.GetValue<int>());

        await bot.IdentifyAsync();
        var ready = await bot.ReceiveDispatchAsync("READY");
        var guildCreate = await bot.ReceiveDispatchAsync("GUILD_CREATE");

        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.Equal(2, guildCreate["s"]!.GetValue<int>());
        var d = ready["d"]!;
        Assert.Equal(10, d["v"]!.GetValue<int>());
        Assert.Equal(server.World.BotUser.Id.ToString(), d["user"]!["id"]!.GetValue<string>());
        Assert.True(d["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.Equal(server.GatewayUri.ToString(), d["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal(server.World.ApplicationId.ToString(), d["application"]!["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(d["session_id"]!.GetValue<string>()));

        var guild = guildCreate["d"]!;
        Assert.Equal("NewsBot Sandbox", guild["name"]!.GetValue<string>());
        var channels = guild["channels"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("general", channels);
        Assert.Contains("announcements", channels);
        var roles = guild["roles"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["@everyone", "Moderator", "Viewers", "Quiet", "NewsBot"], roles);
        Assert.Contains(guild["members"]!.AsArray(), m => m!["user"]!["id"]!.GetValue<string>() == server.World.BotUser.Id.ToString());
        Assert.Equal(guild["members"]!.AsArray().Count, guild["member_count"]!.GetValue<int>());
        var readOnly = guild["channels"]!.AsArray().First(c => c!["name"]!.GetValue<string>() == "read-only");
        Assert.NotEmpty(readOnly!["permission_overwrites"]!.AsArray());
    }

    [Fact]
    public async Task The_gateway_url_also_accepts_a_trailing_slash_before_the_query()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server, "/?v=10&encoding=json");

        var hello = await bot.ReceiveAsync();

        Assert.Equal(10, hello!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Heartbeats_are_acknowledged_before_and_after_identify()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();

        await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        Assert.Equal(11, (await bot.ReceiveAsync())!["op"]!.GetValue<int>());
        await bot.IdentifyAsync();
        await bot.ReceiveDispatchAsync("GUILD_CREATE");
        await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 });
        Assert.Equal(11, (await bot.ReceiveAsync())!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resume_replays_the_dispatches_missed_while_disconnected_then_sends_resumed()
    {
        await using var server = await TestSandbox.StartAsync();
        var (first, ready) = await RawBot.IdentifiedAsync(server, intents: 1 | (1 << 16));
        await first.ReceiveDispatchAsync("GUILD_CREATE");
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        first.Abort();
        await first.DisposeAsync();

        using var http = TestSandbox.Client(server);
        var guildId = server.World.DefaultGuild.Id;
        var (status, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/guilds/{guildId}/scheduled-events", new JsonObject
        {
            ["name"] = "Missed while away",
            ["privacy_level"] = 2,
            ["entity_type"] = 3,
            ["scheduled_start_time"] = TestSandbox.Start.AddDays(1).ToString("O"),
            ["scheduled_end_time"] = TestSandbox.Start.AddDays(1).AddHours(1).ToString("O"),
            ["entity_metadata"] = new JsonObject { ["location"] = "Stream" },
        });
        Assert.Equal(200, status);

        await using var second = await RawBot.ConnectAsync(server);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject
        {
            ["op"] = 6,
            ["d"] = new JsonObject { ["token"] = "test-token", ["session_id"] = sessionId, ["seq"] = 2 },
        });
        var replayed = await second.ReceiveAsync();
        var resumed = await second.ReceiveAsync();

        Assert.Equal("GUILD_SCHEDULED_EVENT_CREATE", replayed!["t"]!.GetValue<string>());
        Assert.Equal(3, replayed["s"]!.GetValue<int>());
        Assert.Equal("RESUMED", resumed!["t"]!.GetValue<string>());
        Assert.Equal(4, resumed["s"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resume_from_before_the_resume_buffer_is_answered_with_a_non_resumable_invalid_session()
    {
        await using var server = await TestSandbox.StartAsync(o => o.ResumeBufferSize = 1);
        var (first, ready) = await RawBot.IdentifiedAsync(server);
        await first.ReceiveDispatchAsync("GUILD_CREATE");
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        first.Abort();
        await first.DisposeAsync();

        await using var second = await RawBot.ConnectAsync(server);
        await second.ReceiveAsync();
        await second.SendAsync(new JsonObject
        {
            ["op"] = 6,
            ["d"] = new JsonObject { ["token"] = "test-token", ["session_id"] = sessionId, ["seq"] = 0 },
        });

        var invalid = await second.ReceiveOpAsync(9);

        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Resume_of_an_unknown_session_is_answered_with_a_non_resumable_invalid_session()
    {
        await using var server = await TestSandbox.StartAsync();
        await using var bot = await RawBot.ConnectAsync(server);
        await bot.ReceiveAsync();
        await bot.SendAsync(new JsonObject
        {
            ["op"] = 6,
            ["d"] = new JsonObject { ["token"] = "test-token", ["session_id"] = "nope", ["seq"] = 5 },
        });

        var invalid = await bot.ReceiveOpAsync(9);

        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Sharding_puts_each_guild_on_the_shard_its_id_selects()
    {
        SandboxOptions? seen = null;
        await using var server = await TestSandbox.StartAsync(o =>
        {
            seen = o;
            o.ConfigureWorld = world =>
            {
                for (var i = 0; i < 5; i++)
                    world.AddGuild($"Extra {i}", "en-US");
            };
        });
        Assert.NotNull(seen);
        var expected0 = server.World.Guilds.Where(g => (g.Id >> 22) % 2 == 0).Select(g => g.Id.ToString()).Order().ToList();

        var (bot, ready) = await RawBot.IdentifiedAsync(server, shard: [0, 2]);
        await using (bot)
        {
            var ids = ready["d"]!["guilds"]!.AsArray().Select(g => g!["id"]!.GetValue<string>()).Order().ToList();
            Assert.Equal(expected0, ids);
            Assert.Equal([0, 2], ready["d"]!["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        }
    }
}
