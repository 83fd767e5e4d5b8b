using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;

namespace NewsBot.Sandbox.Tests.Control;

public sealed class InteractionOutcomeTests
{
    [Fact]
    public async Task Changing_an_outcome_changes_neither_the_sandbox_nor_a_later_outcome()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("summary") { UserId = server.World.Moderator.Id });
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Antwort" } });
        var outcome = await invoke;
        outcome.Callback!["data"]!["content"] = "changed";
        outcome.Original!["content"] = "changed";
        outcome.Followups.Add(new JsonObject());
        var again = server.Control.Interaction(ulong.Parse(outcome.InteractionId!))!;
        var channel = server.Control.Messages(server.World.DefaultGuild.Channel("general").Id);

        Assert.Equal("Antwort", again.Callback!["data"]!["content"]!.GetValue<string>());
        Assert.Equal("Antwort", again.Original!["content"]!.GetValue<string>());
        Assert.Empty(again.Followups);
        Assert.Equal("Antwort", Assert.Single(channel)["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_reply_names_the_interaction_its_command_and_the_invoking_user()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);
        var moderator = server.World.Moderator;

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("summary") { UserId = moderator.Id });
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        await TestSandbox.SendAsync(http, HttpMethod.Post, $"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["embeds"] = new JsonArray(new JsonObject { ["title"] = "Europa" }) } });
        var original = (await invoke).Original!;

        Assert.Equal(20, original["type"]!.GetValue<int>());
        Assert.Equal(interaction["id"]!.GetValue<string>(), original["interaction_metadata"]!["id"]!.GetValue<string>());
        Assert.Equal("summary", original["interaction_metadata"]!["name"]!.GetValue<string>());
        Assert.Equal(moderator.Id.ToString(), original["interaction_metadata"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal(moderator.Username, original["interaction"]!["user"]!["username"]!.GetValue<string>());
        Assert.Equal(server.World.BotUser.Id.ToString(), original["author"]!["id"]!.GetValue<string>());
        Assert.Equal("rich", original["embeds"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_callback_is_kept_as_the_bot_sent_it_byte_order_mark_and_non_ascii_text_included()
    {
        await using var server = await TestSandbox.StartAsync();
        var (bot, _) = await RawBot.IdentifiedAsync(server);
        await using var _ = bot;
        using var http = TestSandbox.Client(server);
        using var control = TestSandbox.Client(server, token: null);

        var invoke = server.Control.InvokeCommandAsync(new InteractionRequest("summary"));
        var interaction = (await bot.ReceiveDispatchAsync("INTERACTION_CREATE"))["d"]!;
        const string sent = "\uFEFF { \"type\": 4, \"data\": { \"content\": \"Grüße \\u00e4 \\\"zitiert\\\"\", \"flags\": 0 } } ";
        using var body = new StringContent(sent, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback", UriKind.Relative), body);
        var outcome = await invoke;
        var written = JsonNode.Parse(await control.GetStringAsync(new Uri($"_sandbox/interactions/{outcome.InteractionId}", UriKind.Relative)))!;

        Assert.Equal(204, (int)response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sent.TrimStart('\uFEFF')), outcome.Callback));
        Assert.Equal("Grüße ä \"zitiert\"", written["callback"]!["data"]!["content"]!.GetValue<string>());
        Assert.Equal("Grüße ä \"zitiert\"", outcome.Original!["content"]!.GetValue<string>());
    }
}
