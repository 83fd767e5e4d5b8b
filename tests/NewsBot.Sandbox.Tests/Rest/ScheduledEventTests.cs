using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class ScheduledEventTests
{
    private static JsonObject External(string name = "ZDFheute live", string? location = "https://zdf.de/live", bool withEnd = true)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["privacy_level"] = 2,
            ["entity_type"] = 3,
            ["scheduled_start_time"] = TestSandbox.Start.AddHours(2).ToString("O"),
            ["entity_metadata"] = new JsonObject { ["location"] = location },
        };
        if (withEnd)
            body["scheduled_end_time"] = TestSandbox.Start.AddHours(3).ToString("O");
        return body;
    }

    [Fact]
    public async Task External_events_need_a_location_and_an_end_time_and_a_name_of_1_to_100()
    {
        var (server, _) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        using var http = TestSandbox.Client(server);
        var path = $"api/v10/guilds/{server.World.DefaultGuild.Id}/scheduled-events";

        var (noLocation, a, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External(location: null));
        var (noEnd, b, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External(withEnd: false));
        var (longName, c, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External(name: new string('n', 101)));
        var (ok, created, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External());

        Assert.Equal(400, noLocation);
        Assert.NotNull(a!["errors"]!["entity_metadata"]!["location"]);
        Assert.Equal(400, noEnd);
        Assert.NotNull(b!["errors"]!["scheduled_end_time"]);
        Assert.Equal(400, longName);
        Assert.NotNull(c!["errors"]!["name"]);
        Assert.Equal(200, ok);
        Assert.Equal(1, created!["status"]!.GetValue<int>());
        Assert.Single(server.Control.ScheduledEvents(server.World.DefaultGuild.Id));
    }

    [Fact]
    public async Task Status_moves_scheduled_to_active_to_completed_and_nothing_else()
    {
        var (server, _) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        using var http = TestSandbox.Client(server);
        var path = $"api/v10/guilds/{server.World.DefaultGuild.Id}/scheduled-events";
        var (_, created, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External());
        var eventPath = $"{path}/{created!["id"]!.GetValue<string>()}";

        var (skip, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["status"] = 3 });
        var (active, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["status"] = 2 });
        var (cancelActive, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["status"] = 4 });
        var (completed, done, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["status"] = 3 });
        var (afterEnd, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["name"] = "again" });
        var (_, fetched, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, eventPath);
        var (unknown, missing, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, $"{path}/42");

        Assert.Equal([400, 200, 400, 200, 400], new[] { skip, active, cancelActive, completed, afterEnd });
        Assert.Equal(3, done!["status"]!.GetValue<int>());
        Assert.Equal(3, fetched!["status"]!.GetValue<int>());
        Assert.Equal((404, 10070), (unknown, missing!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_scheduled_event_can_be_canceled_but_not_reopened()
    {
        var (server, _) = await TestSandbox.StartWithFakeTimeAsync();
        await using var _ = server;
        using var http = TestSandbox.Client(server);
        var path = $"api/v10/guilds/{server.World.DefaultGuild.Id}/scheduled-events";
        var (_, created, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External());
        var eventPath = $"{path}/{created!["id"]!.GetValue<string>()}";

        var (cancel, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["status"] = 4 });
        var (reopen, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Patch, eventPath, new JsonObject { ["status"] = 1 });

        Assert.Equal((200, 400), (cancel, reopen));
    }

    [Fact]
    public async Task The_101st_uncompleted_event_is_refused_with_30038()
    {
        var (server, _) = await TestSandbox.StartWithFakeTimeAsync(o => { o.RouteRateLimit = 1000; o.GlobalRateLimit = 1000; });
        await using var _ = server;
        using var http = TestSandbox.Client(server);
        var path = $"api/v10/guilds/{server.World.DefaultGuild.Id}/scheduled-events";
        for (var i = 0; i < 100; i++)
        {
            var (status, _, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External(name: $"e{i}"));
            Assert.Equal(200, status);
        }

        var (over, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Post, path, External(name: "one too many"));

        Assert.Equal(400, over);
        Assert.Equal(30038, body!["code"]!.GetValue<int>());
    }
}
