using System.Text.Json.Nodes;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Rest;

public sealed class CommandTests
{
    private static JsonObject Command(string name, string description = "Shows something", JsonArray? options = null) => new()
    {
        ["name"] = name,
        ["description"] = description,
        ["options"] = options,
        ["name_localizations"] = new JsonObject { ["de"] = name },
    };

    private static JsonObject Option(string name, bool required) => new()
    {
        ["type"] = 3,
        ["name"] = name,
        ["description"] = "an option",
        ["required"] = required,
    };

    [Fact]
    public async Task Bulk_overwrite_assigns_ids_and_versions_and_keeps_ids_of_unchanged_names()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var path = $"api/v10/applications/{server.World.ApplicationId}/guilds/{server.World.DefaultGuild.Id}/commands";

        var (status, first, _) = await TestSandbox.SendAsync(http, HttpMethod.Put, path, new JsonArray(Command("summary"), Command("panel")));
        var (_, second, _) = await TestSandbox.SendAsync(http, HttpMethod.Put, path, new JsonArray(Command("summary", "Changed text")));
        var (_, listed, _) = await TestSandbox.SendAsync(http, HttpMethod.Get, path);

        Assert.Equal(200, status);
        Assert.Equal(2, first!.AsArray().Count);
        var summary = first[0]!;
        Assert.NotNull(summary["version"]);
        Assert.Equal(server.World.ApplicationId.ToString(), summary["application_id"]!.GetValue<string>());
        Assert.Equal(server.World.DefaultGuild.Id.ToString(), summary["guild_id"]!.GetValue<string>());
        Assert.Equal(summary["id"]!.GetValue<string>(), second![0]!["id"]!.GetValue<string>());
        Assert.NotEqual(summary["version"]!.GetValue<string>(), second[0]!["version"]!.GetValue<string>());
        Assert.Equal("summary", Assert.Single(listed!.AsArray())!["name"]!.GetValue<string>());
        Assert.Single(server.Control.Commands(server.World.DefaultGuild.Id));
        Assert.Empty(server.Control.Commands());
    }

    [Theory]
    [InlineData("Summary", "name")]
    [InlineData("has space", "name")]
    [InlineData("this-name-is-far-too-long-for-discord", "name")]
    public async Task Invalid_names_are_refused_with_field_errors(string name, string field)
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Put, $"api/v10/applications/{server.World.ApplicationId}/commands",
            new JsonArray(Command(name)));

        Assert.Equal(400, status);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
        Assert.NotNull(body["errors"]!["0"]![field]!["_errors"]);
        Assert.Empty(server.Control.Commands());
    }

    [Fact]
    public async Task Descriptions_option_order_option_count_and_locales_are_validated()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var tooMany = new JsonArray();
        for (var i = 0; i < 26; i++)
            tooMany.Add(Option($"o{i}", required: false));
        var badLocale = Command("locale");
        badLocale["description_localizations"] = new JsonObject { ["xx-YY"] = "nope", ["de"] = "" };

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Put, $"api/v10/applications/{server.World.ApplicationId}/commands", new JsonArray(
            Command("empty", description: ""),
            Command("order", options: new JsonArray(Option("a", required: false), Option("b", required: true))),
            Command("many", options: tooMany),
            badLocale));

        Assert.Equal(400, status);
        var errors = body!["errors"]!;
        Assert.Equal("BASE_TYPE_BAD_LENGTH", errors["0"]!["description"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", errors["1"]!["options"]!["1"]!["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.NotNull(errors["2"]!["options"]!["_errors"]);
        Assert.NotNull(errors["3"]!["description_localizations"]!["xx-YY"]);
        Assert.NotNull(errors["3"]!["description_localizations"]!["de"]);
    }
}
