using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class MessageTests
{
    [Fact]
    public async Task Requests_without_a_bot_token_get_401()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server, token: null);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/users/@me");

        Assert.Equal(401, status);
        Assert.Equal(0, body!["code"]!.GetValue<int>());
        Assert.Equal("401: Unauthorized", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_api_versions_are_refused()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (status, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v9/users/@me");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task A_valid_message_is_stored_and_returned_with_the_bot_as_author()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"),
            new JsonObject { ["content"] = "Hallo <@&1>", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } });

        Assert.Equal(200, status);
        Assert.Equal(server.World.BotUser.Id.ToString(), body!["author"]!["id"]!.GetValue<string>());
        var stored = Assert.Single(server.Control.Messages(server.World.DefaultGuild.Channel("general").Id));
        Assert.Equal("Hallo <@&1>", stored["content"]!.GetValue<string>());
        Assert.Null(body["sandbox_allowed_mentions"]);
    }

    [Fact]
    public async Task Listing_messages_pages_after_an_id_newest_first_without_nonces_and_refuses_a_limit_over_100()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var path = TestSandbox.ChannelPath(server, "general");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (_, posted, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path,
                new JsonObject { ["content"] = $"m{i}", ["nonce"] = $"n{i}", ["enforce_nonce"] = true });
            Assert.Equal($"n{i}", posted!["nonce"]!.GetValue<string>());
            ids.Add(posted["id"]!.GetValue<string>());
        }

        var (status, after, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, $"{path}?after={ids[1]}&limit=2");
        var (_, latest, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, $"{path}?limit=2");
        var (_, before, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, $"{path}?before={ids[1]}");
        var (tooMany, error, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, $"{path}?limit=101");

        Assert.Equal(200, status);
        Assert.Equal(["m3", "m2"], after!.AsArray().Select(m => m!["content"]!.GetValue<string>()));
        Assert.All(after.AsArray(), m => Assert.Null(m!["nonce"]));
        Assert.Equal(["m4", "m3"], latest!.AsArray().Select(m => m!["content"]!.GetValue<string>()));
        Assert.Equal(["m0"], before!.AsArray().Select(m => m!["content"]!.GetValue<string>()));
        Assert.Equal(400, tooMany);
        Assert.Equal(50035, error!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Role_mentions_ping_only_what_allowed_mentions_permits()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var viewers = server.World.DefaultGuild.Role("Viewers").Id;
        var content = $"<@&{viewers}> und @everyone";

        var (_, silent, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"),
            new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } });
        var (_, pinged, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"),
            new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray(), ["roles"] = new JsonArray(viewers.ToString()) } });

        Assert.Empty(silent!["mention_roles"]!.AsArray());
        Assert.False(silent["mention_everyone"]!.GetValue<bool>());
        Assert.Equal(viewers.ToString(), Assert.Single(pinged!["mention_roles"]!.AsArray())!.GetValue<string>());
        Assert.False(pinged["mention_everyone"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Too_long_content_and_oversized_embeds_get_50035_with_field_errors()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var bigEmbeds = new JsonArray();
        for (var i = 0; i < 2; i++)
            bigEmbeds.Add(new JsonObject { ["description"] = new string('x', 3500) });

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"), new JsonObject
        {
            ["content"] = new string('a', 2001),
            ["embeds"] = new JsonArray(new JsonObject { ["title"] = new string('t', 257) }),
            ["nonce"] = new string('n', 26),
        });
        var (totalStatus, totalBody, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"),
            new JsonObject { ["embeds"] = bigEmbeds });

        Assert.Equal(400, status);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
        Assert.Equal("Invalid Form Body", body["message"]!.GetValue<string>());
        Assert.Equal("BASE_TYPE_MAX_LENGTH", body["errors"]!["content"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.NotNull(body["errors"]!["embeds"]!["0"]!["title"]!["_errors"]);
        Assert.NotNull(body["errors"]!["nonce"]!["_errors"]);
        Assert.Equal(400, totalStatus);
        Assert.NotNull(totalBody!["errors"]!["embeds"]!["_errors"]);
        Assert.Empty(server.Control.Messages(server.World.DefaultGuild.Channel("general").Id));
    }

    [Fact]
    public async Task Allowed_mentions_with_an_unknown_parse_value_is_invalid()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"), new JsonObject
        {
            ["content"] = "x",
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray("users", "nobody") },
        });

        Assert.Equal(400, status);
        Assert.NotNull(body!["errors"]!["allowed_mentions"]!["parse"]!["1"]);
    }

    [Fact]
    public async Task Empty_messages_unknown_channels_and_forbidden_channels_get_discords_codes()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (emptyStatus, empty, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"), new JsonObject());
        var (unknownStatus, unknown, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, "api/v10/channels/123/messages", new JsonObject { ["content"] = "x" });
        var (forbiddenStatus, forbidden, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "read-only"), new JsonObject { ["content"] = "x" });

        Assert.Equal((400, 50006), (emptyStatus, empty!["code"]!.GetValue<int>()));
        Assert.Equal((404, 10003), (unknownStatus, unknown!["code"]!.GetValue<int>()));
        Assert.Equal((403, 50013), (forbiddenStatus, forbidden!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_enforced_nonce_returns_the_existing_message_instead_of_posting_again()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        using var http = TestSandbox.Client(server);
        var body = new JsonObject { ["content"] = "once", ["nonce"] = "stream-42-step-15", ["enforce_nonce"] = true };

        var (_, first, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "announcements"), body);
        var (_, second, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "announcements"), body);
        time.Advance(TimeSpan.FromMinutes(6));
        var (_, later, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "announcements"), body);

        Assert.Equal(first!["id"]!.GetValue<string>(), second!["id"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), later!["id"]!.GetValue<string>());
        Assert.Equal(2, server.Control.Messages(server.World.DefaultGuild.Channel("announcements").Id).Count);
    }

    [Fact]
    public async Task Messages_carry_rate_limit_headers_and_a_burst_gets_429_until_the_window_resets()
    {
        var (server, time) = await TestSandbox.StartWithFakeTimeAsync(o => o.MessageRateLimit = 3);
        await using var _ = server;
        using var http = TestSandbox.Client(server);
        var path = TestSandbox.ChannelPath(server, "general");

        var statuses = new List<int>();
        HttpResponseMessage? last = null;
        JsonNode? lastBody = null;
        for (var i = 0; i < 4; i++)
        {
            (var status, lastBody, last) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject { ["content"] = $"m{i}" });
            statuses.Add(status);
        }
        var (otherChannel, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "announcements"), new JsonObject { ["content"] = "x" });
        time.Advance(TimeSpan.FromSeconds(5));
        var (afterReset, _, resetResponse) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject { ["content"] = "again" });

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal("3", last!.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal("0", last.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("user", last.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.True(last.Headers.Contains("Retry-After"));
        Assert.True(last.Headers.Contains("X-RateLimit-Bucket"));
        Assert.Equal(5.0, lastBody!["retry_after"]!.GetValue<double>(), 3);
        Assert.False(lastBody["global"]!.GetValue<bool>());
        Assert.Equal(200, otherChannel);
        Assert.Equal(200, afterReset);
        Assert.Equal("2", resetResponse.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task The_global_limit_answers_429_with_global_true()
    {
        var (server, _) = await TestSandbox.StartWithFakeTimeAsync(o => o.GlobalRateLimit = 2);
        await using var _ = server;
        using var http = TestSandbox.Client(server);

        await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/users/@me");
        await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/users/@me");
        var (status, body, response) = await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/users/@me");

        Assert.Equal(429, status);
        Assert.True(body!["global"]!.GetValue<bool>());
        Assert.Equal("global", response.Headers.GetValues("X-RateLimit-Scope").Single());
    }

    [Theory]
    [InlineData("rest_429", 429)]
    [InlineData("rest_500", 500)]
    [InlineData("rest_502", 502)]
    public async Task Rest_faults_hit_exactly_the_next_calls(string kind, int expected)
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        using var control = TestSandbox.Client(server, token: null);

        var (faultStatus, _, _) = await TestSandbox.SendAsync(control, HttpMethod.Post, "_sandbox/faults", new JsonObject { ["kind"] = kind, ["count"] = 2 });
        var first = (await http.GetAsync(new Uri("api/v10/gateway/bot", UriKind.Relative))).StatusCode;
        var second = (await http.GetAsync(new Uri("api/v10/gateway/bot", UriKind.Relative))).StatusCode;
        var third = (await http.GetAsync(new Uri("api/v10/gateway/bot", UriKind.Relative))).StatusCode;

        Assert.Equal(204, faultStatus);
        Assert.Equal([expected, expected, 200], new[] { (int)first, (int)second, (int)third });
    }

    [Fact]
    public async Task A_posted_message_can_be_fetched_edited_and_deleted()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var path = TestSandbox.ChannelPath(server, "announcements");
        var (_, posted, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject { ["content"] = "Gleich live" });
        var messagePath = $"{path}/{posted!["id"]}";

        var (editStatus, edited, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, messagePath, new JsonObject { ["content"] = "Jetzt live" });
        var (getStatus, fetched, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, messagePath);
        var (deleteStatus, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Delete, messagePath);
        var (goneStatus, gone, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, messagePath);

        Assert.Equal(200, editStatus);
        Assert.NotNull(edited!["edited_timestamp"]!.GetValue<string>());
        Assert.Equal((200, "Jetzt live"), (getStatus, fetched!["content"]!.GetValue<string>()));
        Assert.Equal(204, deleteStatus);
        Assert.Equal((404, 10008), (goneStatus, gone!["code"]!.GetValue<int>()));
        Assert.Empty(server.Control.Messages(server.World.DefaultGuild.Channel("announcements").Id));
    }
}
