using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class ThreadTests
{
    private static async Task<string> PostAsync(HttpClient http, SandboxServer server, string channel, string content = "Live!")
    {
        var (_, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, channel),
            new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } });
        return body!["id"]!.GetValue<string>();
    }

    private static string ThreadPath(SandboxServer server, string channel, string messageId) =>
        $"{TestSandbox.ChannelPath(server, channel)}/{messageId}/threads";

    [Fact]
    public async Task A_thread_started_from_a_message_is_a_public_thread_with_the_messages_id_and_its_channel_as_parent()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");

        var (status, thread, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", messageId),
            new JsonObject { ["name"] = "Wie sicher ist Europa?", ["auto_archive_duration"] = 1440 });

        Assert.Equal(201, status);
        Assert.Equal(messageId, thread!["id"]!.GetValue<string>());
        Assert.Equal(11, thread["type"]!.GetValue<int>());
        Assert.Equal(server.World.DefaultGuild.Channel("announcements").Id.ToString(), thread["parent_id"]!.GetValue<string>());
        Assert.Equal(1440, thread["thread_metadata"]!["auto_archive_duration"]!.GetValue<int>());
        Assert.False(thread["thread_metadata"]!["archived"]!.GetValue<bool>());
        var errors = OpenApiSchemas.Instance.Check(thread, "ThreadResponse");
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        var starter = Assert.Single(server.Control.Messages(server.World.DefaultGuild.Channel("announcements").Id));
        Assert.Equal(messageId, starter["thread"]!["id"]!.GetValue<string>());
        Assert.Equal(1 << 5, starter["flags"]!.GetValue<int>() & (1 << 5));
    }

    [Fact]
    public async Task A_second_thread_on_the_same_message_is_refused_with_160004()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");
        var path = ThreadPath(server, "announcements", messageId);

        var first = await TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject { ["name"] = "eins" });
        var second = await TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject { ["name"] = "zwei" });

        Assert.Equal(201, first.Status);
        Assert.Equal(400, second.Status);
        Assert.Equal(160004, second.Body!["code"]!.GetValue<int>());
        Assert.Single(server.World.DefaultGuild.Threads);
    }

    [Fact]
    public async Task Concurrent_starts_on_one_message_make_exactly_one_thread()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");
        var path = ThreadPath(server, "announcements", messageId);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            TestSandbox.SendAsync(http, HttpMethod.Post, path, new JsonObject { ["name"] = $"t{i}" })));

        Assert.Equal(1, results.Count(r => r.Status == 201));
        Assert.All(results.Where(r => r.Status != 201), r => Assert.Equal(160004, r.Body!["code"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("", null, "name")]
    [InlineData("101-characters", null, "name")]
    [InlineData("ok", 30, "auto_archive_duration")]
    public async Task Names_outside_1_to_100_characters_and_unknown_archive_durations_get_50035(string name, int? archive, string field)
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");
        var body = new JsonObject { ["name"] = name == "101-characters" ? new string('x', 101) : name };
        if (archive is { } minutes)
            body["auto_archive_duration"] = minutes;

        var (status, error, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", messageId), body);

        Assert.Equal(400, status);
        Assert.Equal(50035, error!["code"]!.GetValue<int>());
        Assert.NotNull(error["errors"]![field]);
        Assert.Empty(server.World.DefaultGuild.Threads);
    }

    [Fact]
    public async Task Without_create_public_threads_the_start_is_refused_with_50013()
    {
        await using var server = await TestSandbox.StartAsync();
        var guild = server.World.DefaultGuild;
        var botRole = guild.Roles.First(r => r.BotId is not null);
        guild.Channel("announcements").Overwrites.Add(new SandboxOverwrite(botRole.Id, 0, 0, SandboxPermissions.CreatePublicThreads));
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");

        var (status, error, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", messageId),
            new JsonObject { ["name"] = "Live" });

        Assert.Equal(403, status);
        Assert.Equal(50013, error!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unknown_messages_get_10008_and_threads_cannot_be_started_inside_a_thread()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");

        var unknown = await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", "123456"), new JsonObject { ["name"] = "x" });
        await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", messageId), new JsonObject { ["name"] = "Live" });
        var inner = await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/channels/{messageId}/messages", new JsonObject { ["content"] = "drin" });
        var nested = await TestSandbox.SendAsync(http, HttpMethod.Post,
            $"api/v10/channels/{messageId}/messages/{inner.Body!["id"]}/threads", new JsonObject { ["name"] = "tiefer" });

        Assert.Equal(10008, unknown.Body!["code"]!.GetValue<int>());
        Assert.Equal(50024, nested.Body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Messages_in_a_thread_need_send_messages_in_threads_not_send_messages()
    {
        await using var server = await TestSandbox.StartAsync();
        var guild = server.World.DefaultGuild;
        var botRole = guild.Roles.First(r => r.BotId is not null);
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");
        await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", messageId), new JsonObject { ["name"] = "Live" });
        var threadPath = $"api/v10/channels/{messageId}/messages";

        guild.Channel("announcements").Overwrites.Add(new SandboxOverwrite(botRole.Id, 0, 0, SandboxPermissions.SendMessages));
        var withoutSend = await TestSandbox.SendAsync(http, HttpMethod.Post, threadPath, new JsonObject { ["content"] = "Frage 1" });
        guild.Channel("announcements").Overwrites.Clear();
        guild.Channel("announcements").Overwrites.Add(new SandboxOverwrite(botRole.Id, 0, 0, SandboxPermissions.SendMessagesInThreads));
        var withoutThreads = await TestSandbox.SendAsync(http, HttpMethod.Post, threadPath, new JsonObject { ["content"] = "Frage 2" });

        Assert.Equal(200, withoutSend.Status);
        Assert.Equal(messageId, withoutSend.Body!["channel_id"]!.GetValue<string>());
        Assert.Equal(50013, withoutThreads.Body!["code"]!.GetValue<int>());
        Assert.Single(server.Control.Messages(ulong.Parse(messageId, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, guild.Threads[ulong.Parse(messageId, System.Globalization.CultureInfo.InvariantCulture)].MessageCount);
    }

    [Fact]
    public async Task Starting_a_thread_dispatches_thread_create_to_the_bot()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server, intents: 1);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);
        var messageId = await PostAsync(http, server, "announcements");

        await TestSandbox.SendAsync(http, HttpMethod.Post, ThreadPath(server, "announcements", messageId), new JsonObject { ["name"] = "Live" });
        var created = await bot.ReceiveDispatchAsync("THREAD_CREATE");

        Assert.Equal(messageId, created["d"]!["id"]!.GetValue<string>());
        Assert.True(created["d"]!["newly_created"]!.GetValue<bool>());
    }
}
