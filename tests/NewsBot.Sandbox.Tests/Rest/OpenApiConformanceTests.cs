using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class OpenApiConformanceTests
{
    private static void AssertMatches(JsonNode? body, string schema)
    {
        var errors = OpenApiSchemas.Instance.Check(body, schema);
        Assert.True(errors.Count == 0, $"{schema}: {string.Join("; ", errors)}");
    }

    [Fact]
    public async Task Gateway_user_and_application_responses_match_discords_schemas()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        AssertMatches((await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/gateway/bot")).Body, "GatewayBotResponse");
        AssertMatches((await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/users/@me")).Body, "UserPIIResponse");
        AssertMatches((await TestSandbox.SendAsync(http, HttpMethod.Get, "api/v10/applications/@me")).Body, "PrivateApplicationResponse");
    }

    [Fact]
    public async Task Guild_roles_and_channels_match_discords_schemas()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var guild = server.World.DefaultGuild.Id;

        var roles = (await TestSandbox.SendAsync(http, HttpMethod.Get, $"api/v10/guilds/{guild}/roles")).Body!.AsArray();
        var channels = (await TestSandbox.SendAsync(http, HttpMethod.Get, $"api/v10/guilds/{guild}/channels")).Body!.AsArray();

        Assert.All(roles, r => AssertMatches(r, "GuildRoleResponse"));
        Assert.All(channels, c => AssertMatches(c, "GuildChannelResponse"));
    }

    [Fact]
    public async Task Messages_commands_and_scheduled_events_match_discords_schemas()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var message = (await TestSandbox.SendAsync(http, HttpMethod.Post, TestSandbox.ChannelPath(server, "general"), new JsonObject
        {
            ["content"] = "Hallo",
            ["embeds"] = new JsonArray(new JsonObject { ["title"] = "T", ["fields"] = new JsonArray(new JsonObject { ["name"] = "a", ["value"] = "b" }) }),
        })).Body;
        var commands = (await TestSandbox.SendAsync(http, HttpMethod.Put, $"api/v10/applications/{server.World.ApplicationId}/commands",
            new JsonArray(new JsonObject { ["name"] = "help", ["description"] = "Hilfe" }))).Body!.AsArray();
        var scheduled = (await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/guilds/{server.World.DefaultGuild.Id}/scheduled-events", new JsonObject
        {
            ["name"] = "Live",
            ["privacy_level"] = 2,
            ["entity_type"] = 3,
            ["scheduled_start_time"] = TestSandbox.Start.AddDays(1).ToString("O"),
            ["scheduled_end_time"] = TestSandbox.Start.AddDays(1).AddHours(1).ToString("O"),
            ["entity_metadata"] = new JsonObject { ["location"] = "ZDF" },
        })).Body;

        AssertMatches(message, "MessageResponse");
        AssertMatches(commands[0], "ApplicationCommandResponse");
        AssertMatches(scheduled, "ExternalScheduledEventResponse");
    }

    [Fact]
    public void Discords_openapi_description_ships_with_the_repository_and_holds_the_schemas_checked_here()
    {
        var schemas = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(OpenApiSchemas.Locate()))!["components"]!["schemas"]!.AsObject();

        foreach (var name in new[] { "GatewayBotResponse", "UserPIIResponse", "PrivateApplicationResponse", "GuildRoleResponse",
                     "GuildChannelResponse", "MessageResponse", "ApplicationCommandResponse", "ExternalScheduledEventResponse" })
            Assert.True(schemas.ContainsKey(name), name);
    }
}
