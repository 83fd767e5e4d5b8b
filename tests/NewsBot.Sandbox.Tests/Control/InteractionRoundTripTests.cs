using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Control;

public sealed class InteractionRoundTripTests
{
    [Fact]
    public async Task The_control_api_sends_a_full_interaction_and_returns_the_bots_reply()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        await bot.ReceiveDispatchAsync("GUILD_CREATE");
        using var control = TestSandbox.Client(server, token: null);
        using var http = TestSandbox.Client(server);
        var guild = server.World.DefaultGuild;
        var moderator = server.World.Moderator;

        var invoke = control.PostAsync(new Uri("_sandbox/interactions", UriKind.Relative), TestSandbox.Json(new JsonObject
        {
            ["guild_id"] = guild.Id.ToString(),
            ["channel_id"] = guild.Channel("announcements").Id.ToString(),
            ["user"] = new JsonObject { ["id"] = moderator.Id.ToString(), ["username"] = moderator.Username },
            ["locale"] = "en-US",
            ["data"] = new JsonObject { ["name"] = "panel", ["options"] = new JsonArray(new JsonObject { ["name"] = "discussion", ["value"] = "klima" }) },
        }));
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var (callbackStatus, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post,
            $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "The panel", ["flags"] = 64 } });
        var response = await invoke;
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(204, callbackStatus);
        Assert.Equal(2, interaction["type"]!.GetValue<int>());
        Assert.Equal(server.World.ApplicationId.ToString(), interaction["application_id"]!.GetValue<string>());
        Assert.Equal("panel", interaction["data"]!["name"]!.GetValue<string>());
        Assert.Equal(3, interaction["data"]!["options"]![0]!["type"]!.GetValue<int>());
        Assert.Equal("en-US", interaction["locale"]!.GetValue<string>());
        Assert.Equal("de", interaction["guild_locale"]!.GetValue<string>());
        var permissions = ulong.Parse(interaction["member"]!["permissions"]!.GetValue<string>());
        Assert.NotEqual(0UL, permissions & (1UL << 5));
        Assert.Contains(interaction["member"]!["roles"]!.AsArray(), r => r!.GetValue<string>() == guild.Role("Moderator").Id.ToString());
        Assert.NotNull(interaction["app_permissions"]);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(4, result!["callback"]!["type"]!.GetValue<int>());
        Assert.Equal("The panel", result["original"]!["content"]!.GetValue<string>());
        Assert.Empty(server.Control.Messages(guild.Channel("announcements").Id));
    }

    [Fact]
    public async Task A_deferred_reply_is_returned_after_the_edit_of_the_original()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("summary"));
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var token = interaction["token"]!.GetValue<string>();
        await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/interactions/{interaction["id"]}/{token}/callback", new JsonObject { ["type"] = 5 });
        var (loadingStatus, loading, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, $"api/v10/webhooks/{server.World.ApplicationId}/{token}/messages/@original");
        var (editStatus, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, $"api/v10/webhooks/{server.World.ApplicationId}/{token}/messages/@original",
            new JsonObject { ["content"] = "Zusammenfassung" });
        var (followStatus, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/webhooks/{server.World.ApplicationId}/{token}",
            new JsonObject { ["content"] = "Mehr" });
        var outcome = await invoke;

        Assert.Equal(200, loadingStatus);
        Assert.Equal(128, loading!["flags"]!.GetValue<int>() & 128);
        Assert.Equal(200, editStatus);
        Assert.Equal(200, followStatus);
        Assert.True(outcome.Answered);
        Assert.Equal(5, outcome.Callback!["type"]!.GetValue<int>());
        Assert.Equal("Zusammenfassung", outcome.Original!["content"]!.GetValue<string>());
        Assert.Equal(0, outcome.Original["flags"]!.GetValue<int>() & 128);
        var visible = await server.Control.WaitForMessagesAsync(server.World.DefaultGuild.Channel("general").Id, 2, TimeSpan.FromSeconds(10));
        Assert.Equal(["Zusammenfassung", "Mehr"], visible.Select(m => m["content"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Channel_and_role_options_come_with_resolved_objects()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        var guild = server.World.DefaultGuild;
        var channelId = guild.Channel("announcements").Id.ToString();
        var roleId = guild.Role("Viewers").Id.ToString();

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("config")
        {
            UserId = server.World.Moderator.Id,
            Options = new JsonArray(new JsonObject
            {
                ["name"] = "channel",
                ["type"] = 1,
                ["options"] = new JsonArray(
                    new JsonObject { ["name"] = "target", ["type"] = 7, ["value"] = channelId },
                    new JsonObject { ["name"] = "role", ["type"] = 8, ["value"] = roleId }),
            }),
        });
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var data = interaction["data"]!;
        using var http = TestSandbox.Client(server);
        await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });

        Assert.Equal("announcements", data["resolved"]!["channels"]![channelId]!["name"]!.GetValue<string>());
        Assert.Equal("Viewers", data["resolved"]!["roles"]![roleId]!["name"]!.GetValue<string>());
        Assert.Equal(200, (await invoke.WaitAsync(TimeSpan.FromSeconds(20))).Status);
    }

    [Fact]
    public async Task An_autocomplete_interaction_accepts_choices_but_not_a_message_reply()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("summary")
        {
            Type = 4,
            Options = new JsonArray(new JsonObject { ["name"] = "discussion", ["value"] = "kli", ["focused"] = true }),
        });
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var path = $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback";
        var (wrongStatus, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path,
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "no" } });
        var (status, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject
        {
            ["type"] = 8,
            ["data"] = new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["name"] = "Klima", ["value"] = "klima" }) },
        });
        var outcome = await invoke;

        Assert.Equal(4, interaction["type"]!.GetValue<int>());
        Assert.Equal((400, 204), (wrongStatus, status));
        Assert.Equal("klima", outcome.Callback!["data"]!["choices"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_callback_gets_40060()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("help"));
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var path = $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback";
        var reply = new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Hilfe" } };
        await TestSandbox.SendAsync(http, HttpMethod.Post, path, reply);
        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, reply);
        await invoke;

        Assert.Equal((400, 40060), (status, body!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Missing_the_three_second_deadline_gives_504_and_a_late_callback_gets_10062()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var __ = bot;
        using var http = TestSandbox.Client(server);

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("stream"));
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        time.Advance(TimeSpan.FromSeconds(3.5));
        var outcome = await invoke.WaitAsync(TimeSpan.FromSeconds(20));
        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post,
            $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "zu spät" } });

        Assert.Equal(504, outcome.Status);
        Assert.Equal((404, 10062), (status, body!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_http_control_api_answers_504_when_the_bot_stays_silent()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var __ = bot;
        using var control = TestSandbox.Client(server, token: null);

        var invoke = control.PostAsync(new Uri("_sandbox/interactions", UriKind.Relative),
            TestSandbox.Json(new JsonObject { ["data"] = new JsonObject { ["name"] = "help" } }));
        await bot.ReceiveDispatchAsync("INTERACTION_CREATE");
        time.Advance(TimeSpan.FromSeconds(4));
        var response = await invoke;

        Assert.Equal(504, (int)response.StatusCode);
    }

    [Fact]
    public async Task Without_a_bot_session_the_control_api_answers_503()
    {
        await using var server = await TestSandbox.StartAsync();

        var outcome = await server.Control.InvokeCommandAsync(new InteractionRequest("help"));

        Assert.Equal(503, outcome.Status);
    }

    [Fact]
    public async Task Unknown_interaction_tokens_get_10062()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, "api/v10/interactions/1/nope/callback", new JsonObject { ["type"] = 5 });

        Assert.Equal((404, 10062), (status, body!["code"]!.GetValue<int>()));
    }
}
