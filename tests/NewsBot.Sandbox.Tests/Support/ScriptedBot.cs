using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Tests.Support;

/// <summary>A sandbox with a raw gateway bot identified on it, and the bot's REST calls by hand: for interaction tests.</summary>
internal sealed class ScriptedBot : IAsyncDisposable
{
    private ScriptedBot(SandboxServer server, RawBot bot, HttpClient http)
    {
        Server = server;
        Bot = bot;
        Http = http;
    }

    public SandboxServer Server { get; }
    public RawBot Bot { get; }
    public HttpClient Http { get; }

    public ulong Channel(string name) => Server.World.DefaultGuild.Channel(name).Id;

    public static async Task<ScriptedBot> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var server = await TestSandbox.StartAsync(configure);
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        return new ScriptedBot(server, bot, TestSandbox.Client(server));
    }

    /// <summary>Posts a message with these components to #general and returns it as the API did.</summary>
    public async Task<JsonObject> PostAsync(JsonArray components, string content = "Frage")
    {
        var (status, body, _) = await TestSandbox.SendAsync(Http, HttpMethod.Post, TestSandbox.ChannelPath(Server, "general"),
            new JsonObject { ["content"] = content, ["components"] = components });
        Assert.Equal(200, status);
        return body!.AsObject();
    }

    public async Task<JsonObject> NextInteractionAsync() => (await Bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!.AsObject();

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> CallbackAsync(JsonObject interaction, JsonObject body, string query = "") =>
        TestSandbox.SendAsync(Http, HttpMethod.Post, $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback{query}", body);

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> WebhookAsync(HttpMethod method, JsonObject interaction, string suffix, JsonObject? body = null) =>
        TestSandbox.SendAsync(Http, method, $"api/v10/webhooks/{Server.World.ApplicationId}/{interaction["token"]}{suffix}", body);

    public static JsonArray Row(params JsonObject[] components) => [new JsonObject { ["type"] = 1, ["components"] = new JsonArray([.. components]) }];

    public static JsonObject Button(string customId, string label = "ok", int style = 1, bool disabled = false)
    {
        var button = new JsonObject { ["type"] = 2, ["style"] = style, ["label"] = label, ["custom_id"] = customId };
        if (disabled)
            button["disabled"] = true;
        return button;
    }

    public static JsonObject Link(string label, string url) => new() { ["type"] = 2, ["style"] = 5, ["label"] = label, ["url"] = url };

    public static JsonObject Modal(string customId = "paste:1", params JsonObject[] inputs) => new()
    {
        ["type"] = 9,
        ["data"] = new JsonObject
        {
            ["custom_id"] = customId,
            ["title"] = "Text einfügen",
            ["components"] = new JsonArray([.. (inputs.Length == 0 ? new[] { Input("text") } : inputs).Select(i => (JsonNode)new JsonObject { ["type"] = 1, ["components"] = new JsonArray(i) })]),
        },
    };

    public static JsonObject Input(string customId, bool required = true, int? minLength = null, int? maxLength = null)
    {
        var input = new JsonObject { ["type"] = 4, ["custom_id"] = customId, ["style"] = 2, ["label"] = "Text", ["required"] = required };
        if (minLength is { } min)
            input["min_length"] = min;
        if (maxLength is { } max)
            input["max_length"] = max;
        return input;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        await Server.DisposeAsync();
    }
}
