using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Control;

public sealed class ControlApiTests
{
    [Fact]
    public async Task The_world_lists_guilds_channels_roles_and_members_including_an_added_guild()
    {
        await using var server = await TestSandbox.StartAsync(o => o.ConfigureWorld = w => w.AddGuild("Second", "en-US"));
        using var control = TestSandbox.Client(server, token: null);

        var (status, world, _) = await TestSandbox.SendAsync(control, HttpMethod.Get, "_sandbox/world");

        Assert.Equal(200, status);
        var guilds = world!["guilds"]!.AsArray();
        Assert.Equal(["NewsBot Sandbox", "Second"], guilds.Select(g => g!["name"]!.GetValue<string>()));
        Assert.Contains(guilds[0]!["roles"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "Viewers" && r["mentionable"]!.GetValue<bool>());
        Assert.Contains(guilds[0]!["roles"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "Quiet" && !r["mentionable"]!.GetValue<bool>());
        Assert.Equal(4, guilds[0]!["members"]!.AsArray().Count);
        var snowflake = ulong.Parse(guilds[1]!["id"]!.GetValue<string>());
        Assert.InRange((snowflake >> 22) + 1420070400000UL, 1700000000000UL, 4102444800000UL);
    }

    [Fact]
    public async Task The_edit_log_lists_when_each_edit_in_a_channel_was_accepted()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        using var control = TestSandbox.Client(server, token: null);
        var general = server.World.DefaultGuild.Channel("general").Id;
        var (_, posted, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"), new JsonObject { ["content"] = "0" });
        for (var i = 1; i <= 2; i++)
            await TestSandbox.SendAsync(http, HttpMethod.Patch, $"{TestSandbox.ChannelPath(server, "general")}/{posted!["id"]!.GetValue<string>()}",
                new JsonObject { ["content"] = $"{i}" });

        var (status, log, _) = await TestSandbox.SendAsync(control, HttpMethod.Get, $"_sandbox/channels/{general}/edits");

        Assert.Equal(200, status);
        Assert.Equal(2, log!["accepted"]!.AsArray().Count);
        Assert.Equal(server.Control.MessageEdits(general).Select(at => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            log["accepted"]!.AsArray().Select(at => at!.GetValue<string>()));
        Assert.Equal(0, log["rate_limited"]!.GetValue<int>());
    }

    [Fact]
    public async Task Waiting_for_messages_returns_once_the_bot_posted_them()
    {
        await using var server = await TestSandbox.StartAsync();
        using var control = TestSandbox.Client(server, token: null);
        using var http = TestSandbox.Client(server);
        var channel = server.World.DefaultGuild.Channel("announcements").Id;

        var wait = control.GetStringAsync(new Uri($"_sandbox/channels/{channel}/messages?wait_for=2&timeout_ms=20000", UriKind.Relative));
        await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "announcements"), new JsonObject { ["content"] = "eins" });
        await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "announcements"), new JsonObject
        {
            ["content"] = "zwei",
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        });
        var messages = JsonNode.Parse(await wait)!.AsArray();

        Assert.Equal(["eins", "zwei"], messages.Select(m => m!["content"]!.GetValue<string>()));
        Assert.NotNull(messages[1]!["sandbox_allowed_mentions"]);
    }

    [Fact]
    public async Task Commands_registered_by_the_bot_are_listed_per_scope()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        using var control = TestSandbox.Client(server, token: null);
        await TestSandbox.SendAsync(http, HttpMethod.Put, $"api/v10/applications/{server.World.ApplicationId}/guilds/{server.World.DefaultGuild.Id}/commands",
            new JsonArray(new JsonObject { ["name"] = "panel", ["description"] = "Panel" }));

        var (_, commands, _) = await TestSandbox.SendAsync(control, HttpMethod.Get, "_sandbox/commands");

        Assert.Empty(commands!["global"]!.AsArray());
        Assert.Equal("panel", commands["guilds"]![server.World.DefaultGuild.Id.ToString()]![0]!["name"]!.GetValue<string>());
    }
}
