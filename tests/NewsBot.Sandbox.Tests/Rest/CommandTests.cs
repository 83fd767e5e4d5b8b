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

    // Option rules: each row is an option type, the option's extra fields as JSON, the refused field (below the
    // option) and the error code.
    private static JsonObject TypedOption(int type, string fields) =>
        JsonNode.Parse($$"""{"type": {{type}}, "name": "value", "description": "a value", {{fields}}}""")!.AsObject();

    private static async Task AssertRefusedAsync(int type, string fields, string field, string code)
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Put, $"api/v10/applications/{server.World.ApplicationId}/commands",
            new JsonArray(Command("probe", options: new JsonArray(TypedOption(type, fields)))));

        Assert.Equal(400, status);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
        var node = body["errors"]!["0"]!["options"]!["0"]!;
        foreach (var segment in field.Split('.'))
            node = node[segment] ?? throw new Xunit.Sdk.XunitException($"no error at {field}: {body.ToJsonString()}");
        Assert.Equal(code, node["_errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(server.Control.Commands());
    }

    private const string WrongType = "APPLICATION_COMMAND_OPTION_FIELD_INVALID_FOR_TYPE";

    [Theory]
    [InlineData(3, "\"min_value\": 1", "min_value")]
    [InlineData(5, "\"max_value\": 10", "max_value")]
    [InlineData(7, "\"min_value\": 0", "min_value")]
    [InlineData(1, "\"max_value\": 0", "max_value")]
    public Task Value_ranges_are_refused_on_options_other_than_integer_and_number(int type, string fields, string field) =>
        AssertRefusedAsync(type, fields, field, WrongType);

    [Theory]
    [InlineData(4, "\"min_value\": 1.5", "min_value")]
    [InlineData(4, "\"max_value\": \"10\"", "max_value")]
    [InlineData(10, "\"min_value\": \"0.5\"", "min_value")]
    [InlineData(10, "\"max_value\": true", "max_value")]
    public Task Value_ranges_must_be_numbers_and_whole_for_integer_options(int type, string fields, string field) =>
        AssertRefusedAsync(type, fields, field, "NUMBER_TYPE_COERCE");

    [Theory]
    [InlineData(4, "\"min_value\": -9007199254740992", "min_value", "NUMBER_TYPE_MIN")]
    [InlineData(4, "\"max_value\": 9007199254740992", "max_value", "NUMBER_TYPE_MAX")]
    [InlineData(10, "\"min_value\": -1e16", "min_value", "NUMBER_TYPE_MIN")]
    [InlineData(10, "\"max_value\": 1e300", "max_value", "NUMBER_TYPE_MAX")]
    public Task Value_ranges_must_lie_within_plus_or_minus_2_to_the_53(int type, string fields, string field, string code) =>
        AssertRefusedAsync(type, fields, field, code);

    [Theory]
    [InlineData(4, "\"min_value\": 5, \"max_value\": 4")]
    [InlineData(10, "\"min_value\": 0.5, \"max_value\": 0.25")]
    public Task Min_value_above_max_value_is_refused(int type, string fields) =>
        AssertRefusedAsync(type, fields, "max_value", "NUMBER_TYPE_MIN");

    [Theory]
    [InlineData(4, "\"min_length\": 1", "min_length")]
    [InlineData(10, "\"max_length\": 10", "max_length")]
    [InlineData(7, "\"min_length\": 0", "min_length")]
    public Task Length_limits_are_refused_on_options_other_than_string(int type, string fields, string field) =>
        AssertRefusedAsync(type, fields, field, WrongType);

    [Theory]
    [InlineData("\"min_length\": -1", "min_length", "NUMBER_TYPE_MIN")]
    [InlineData("\"min_length\": 6001", "min_length", "NUMBER_TYPE_MAX")]
    [InlineData("\"max_length\": 0", "max_length", "NUMBER_TYPE_MIN")]
    [InlineData("\"max_length\": 6001", "max_length", "NUMBER_TYPE_MAX")]
    [InlineData("\"min_length\": 1.5", "min_length", "NUMBER_TYPE_COERCE")]
    [InlineData("\"max_length\": \"10\"", "max_length", "NUMBER_TYPE_COERCE")]
    public Task Length_limits_must_be_whole_numbers_from_0_or_1_to_6000(string fields, string field, string code) =>
        AssertRefusedAsync(3, fields, field, code);

    [Fact]
    public Task Min_length_above_max_length_is_refused() =>
        AssertRefusedAsync(3, "\"min_length\": 10, \"max_length\": 5", "max_length", "NUMBER_TYPE_MIN");

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(1)]
    public Task Channel_types_are_refused_on_options_other_than_channel(int type) =>
        AssertRefusedAsync(type, "\"channel_types\": [0]", "channel_types", WrongType);

    [Theory]
    [InlineData("[0, 6]", "channel_types.1", "BASE_TYPE_CHOICES")]
    [InlineData("[17]", "channel_types.0", "BASE_TYPE_CHOICES")]
    [InlineData("[\"0\"]", "channel_types.0", "BASE_TYPE_CHOICES")]
    [InlineData("0", "channel_types", "BASE_TYPE_ARRAY")]
    public Task Channel_types_must_be_an_array_of_known_channel_types(string channelTypes, string field, string code) =>
        AssertRefusedAsync(7, $"\"channel_types\": {channelTypes}", field, code);

    [Theory]
    [InlineData(5, "true")]
    [InlineData(6, "\"x\"")]
    [InlineData(7, "\"x\"")]
    [InlineData(1, "\"x\"")]
    public Task Choices_are_refused_on_options_other_than_string_integer_and_number(int type, string value) =>
        AssertRefusedAsync(type, $$"""
            "choices": [{"name": "one", "value": {{value}}}]
            """, "choices", WrongType);

    public static TheoryData<int, string, string> WrongChoiceValues => new()
    {
        { 3, "1", "BASE_TYPE_STRING" },
        { 3, $"\"{new string('x', 101)}\"", "BASE_TYPE_MAX_LENGTH" },
        { 4, "\"1\"", "NUMBER_TYPE_COERCE" },
        { 4, "1.5", "NUMBER_TYPE_COERCE" },
        { 4, "9007199254740992", "NUMBER_TYPE_MAX" },
        { 10, "\"0.5\"", "NUMBER_TYPE_COERCE" },
        { 10, "-1e300", "NUMBER_TYPE_MIN" },
    };

    [Theory]
    [MemberData(nameof(WrongChoiceValues))]
    public Task Choice_values_must_have_the_option_type(int type, string value, string code) =>
        AssertRefusedAsync(type, $$"""
            "choices": [{"name": "one", "value": {{value}}}]
            """, "choices.0.value", code);

    [Theory]
    [InlineData("{\"xx-YY\": \"eins\"}", "choices.0.name_localizations.xx-YY", "LOCALE_INVALID")]
    [InlineData("{\"de\": \"\"}", "choices.0.name_localizations.de", "BASE_TYPE_BAD_LENGTH")]
    [InlineData("[\"eins\"]", "choices.0.name_localizations", "MODEL_TYPE_CONVERT")]
    public Task Choice_name_localizations_are_validated_like_other_localizations(string localizations, string field, string code) =>
        AssertRefusedAsync(3, $$"""
            "choices": [{"name": "one", "name_localizations": {{localizations}}, "value": "1"}]
            """, field, code);

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(11)]
    public Task Autocomplete_is_refused_on_options_other_than_string_integer_and_number(int type) =>
        AssertRefusedAsync(type, "\"autocomplete\": true", "autocomplete", WrongType);

    [Theory]
    [InlineData(3, "\"a\"")]
    [InlineData(4, "1")]
    [InlineData(10, "0.5")]
    public Task Autocomplete_is_still_refused_together_with_choices(int type, string value) =>
        AssertRefusedAsync(type, $$"""
            "autocomplete": true, "choices": [{"name": "one", "value": {{value}}}]
            """, "autocomplete", "APPLICATION_COMMAND_OPTION_CHOICES_AUTOCOMPLETE");

    [Fact]
    public async Task A_command_using_every_option_field_within_its_limits_is_accepted()
    {
        await using var server = await TestSandbox.StartAsync();
        using var http = TestSandbox.Client(server);
        var longest = new string('x', 100);
        var options = JsonNode.Parse($$"""
            [
              {"type": 3, "name": "text", "description": "d", "required": true, "min_length": 0, "max_length": 6000,
               "choices": [{"name": "Short", "name_localizations": {"de": "Kurz"}, "value": "{{longest}}"}, {"name": "Empty", "value": ""}]},
              {"type": 3, "name": "word", "description": "d", "min_length": 5, "max_length": 5, "autocomplete": true},
              {"type": 4, "name": "count", "description": "d", "min_value": -9007199254740991, "max_value": 9007199254740991, "autocomplete": true},
              {"type": 4, "name": "pick", "description": "d", "min_value": 3, "max_value": 3, "choices": [{"name": "three", "value": 3}]},
              {"type": 10, "name": "ratio", "description": "d", "min_value": -0.5, "max_value": 2.5,
               "choices": [{"name": "quarter", "name_localizations": {"en-GB": "quarter", "de": "Viertel"}, "value": 0.25}]},
              {"type": 7, "name": "channel", "description": "d", "channel_types": [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16]},
              {"type": 5, "name": "flag", "description": "d", "autocomplete": false, "choices": [], "channel_types": [], "min_value": null, "max_length": null}
            ]
            """)!.AsArray();
        var withSubcommand = new JsonArray(new JsonObject
        {
            ["type"] = 1, ["name"] = "sub", ["description"] = "d", ["choices"] = new JsonArray(), ["options"] = options.DeepClone(),
        });

        var (status, body, _) = await TestSandbox.SendAsync(http, HttpMethod.Put, $"api/v10/applications/{server.World.ApplicationId}/commands",
            new JsonArray(Command("every", options: options), Command("nested", options: withSubcommand)));

        Assert.True(status == 200, body?.ToJsonString());
        Assert.Equal(2, server.Control.Commands().Count);
        Assert.Equal(6000, body![0]!["options"]![0]!["max_length"]!.GetValue<int>());
    }
}
