using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;
using static NewsBot.Sandbox.Tests.Support.ScriptedBot;

namespace NewsBot.Sandbox.Tests.Control;

/// <summary>Buttons on the sandbox's messages, pressed through the control API, answered as Discord answers them.</summary>
public sealed class ComponentTests
{
    private static ComponentRequest Press(JsonObject message, string customId, ulong? userId = null) =>
        new(ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), customId) { UserId = userId };

    [Fact]
    public async Task Components_are_stored_numbered_and_returned_as_discords_schema_describes()
    {
        await using var sandbox = await ScriptedBot.StartAsync();

        var message = await sandbox.PostAsync(Row(Button("vote:1", "Abstimmen"), Link("Stream", "https://www.zdf.de/live")));

        var row = message["components"]![0]!;
        Assert.Equal([1, 2, 3], [row["id"]!.GetValue<int>(), .. row["components"]!.AsArray().Select(c => c!["id"]!.GetValue<int>())]);
        Assert.Equal("vote:1", (string?)row["components"]![0]!["custom_id"]);
        Assert.Empty(OpenApiSchemas.Instance.Check(message, "MessageResponse"));
        Assert.Equal(message["components"]!.ToJsonString(), sandbox.Server.Control.Messages(sandbox.Channel("general"))[0]["components"]!.ToJsonString());
    }

    [Fact]
    public async Task A_press_sends_the_bot_a_component_interaction_with_the_custom_id_and_the_message()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("vote:1")));
        var viewer = sandbox.Server.World.Viewer;

        var pressing = sandbox.Server.Control.PressButtonAsync(Press(message, "vote:1"));
        var interaction = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "gezählt", ["flags"] = 64 } });
        var outcome = await pressing;

        Assert.Equal(3, interaction["type"]!.GetValue<int>());
        Assert.Equal("vote:1", (string?)interaction["data"]!["custom_id"]);
        Assert.Equal(2, interaction["data"]!["component_type"]!.GetValue<int>());
        Assert.Equal(message["id"]!.GetValue<string>(), (string?)interaction["message"]!["id"]);
        Assert.Equal("vote:1", (string?)interaction["message"]!["components"]![0]!["components"]![0]!["custom_id"]);
        Assert.Equal(viewer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)interaction["member"]!["user"]!["id"]);
        Assert.Equal(200, outcome.Status);
        Assert.Equal("gezählt", (string?)outcome.Original!["content"]);
        Assert.Equal(3, outcome.Original["interaction_metadata"]!["type"]!.GetValue<int>());
        Assert.Equal(message["id"]!.GetValue<string>(), (string?)outcome.Original["interaction_metadata"]!["interacted_message_id"]);
    }

    [Theory]
    [InlineData("vote:2")]
    [InlineData("off:1")]
    [InlineData("")]
    public async Task A_press_of_a_custom_id_not_pressable_on_the_message_is_refused_as_discord_refuses_it_and_the_bot_gets_nothing(string customId)
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("vote:1"), Button("off:1", disabled: true), Link("Stream", "https://www.zdf.de/live")));

        var refused = await sandbox.Server.Control.PressButtonAsync(Press(message, customId));
        var pressing = sandbox.Server.Control.PressButtonAsync(Press(message, "vote:1"));
        var next = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(next, new JsonObject { ["type"] = 6 });

        Assert.Equal((400, 50035), (refused.Status, refused.ErrorCode));
        Assert.Equal("vote:1", (string?)next["data"]!["custom_id"]);
        await sandbox.WebhookAsync(HttpMethod.Patch, next, "/messages/@original", new JsonObject { ["content"] = "x" });
        await pressing;
    }

    [Fact]
    public async Task An_unknown_message_is_refused_with_10008()
    {
        await using var sandbox = await ScriptedBot.StartAsync();

        var outcome = await sandbox.Server.Control.PressButtonAsync(new ComponentRequest(12345, "vote:1"));

        Assert.Equal((404, 10008), (outcome.Status, outcome.ErrorCode));
    }

    [Fact]
    public async Task An_update_callback_edits_the_pressed_message_and_with_response_returns_it()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("vote:1", "Abstimmen")));

        var pressing = sandbox.Server.Control.PressButtonAsync(Press(message, "vote:1"));
        var interaction = await sandbox.NextInteractionAsync();
        var (status, body, _) = await sandbox.CallbackAsync(interaction, new JsonObject
        {
            ["type"] = 7,
            ["data"] = new JsonObject { ["content"] = "1 Stimme", ["components"] = Row(Button("vote:1", "Abstimmen (1)")) },
        }, "?with_response=true");
        var outcome = await pressing;

        Assert.Equal(200, status);
        Assert.Equal(message["id"]!.GetValue<string>(), (string?)body!["resource"]!["message"]!["id"]);
        Assert.Equal("1 Stimme", (string?)outcome.Original!["content"]);
        var stored = Assert.Single(sandbox.Server.Control.Messages(sandbox.Channel("general")));
        Assert.Equal("Abstimmen (1)", (string?)stored["components"]![0]!["components"]![0]!["label"]);
        Assert.NotNull(stored["edited_timestamp"]);
        Assert.Equal(0, stored["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deferred_update_waits_for_the_edit_of_original_which_changes_the_pressed_message()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("save:1", "Speichern")));

        var pressing = sandbox.Server.Control.PressButtonAsync(Press(message, "save:1"));
        var interaction = await sandbox.NextInteractionAsync();
        var (deferStatus, _, _) = await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 6 });
        var (getStatus, before, _) = await sandbox.WebhookAsync(HttpMethod.Get, interaction, "/messages/@original");
        var (editStatus, edited, _) = await sandbox.WebhookAsync(HttpMethod.Patch, interaction, "/messages/@original",
            new JsonObject { ["content"] = "Gespeichert", ["components"] = new JsonArray() });
        var outcome = await pressing;

        Assert.Equal((204, 200, 200), (deferStatus, getStatus, editStatus));
        Assert.Equal(message["id"]!.GetValue<string>(), (string?)before!["id"]);
        Assert.Equal(message["id"]!.GetValue<string>(), (string?)edited!["id"]);
        Assert.Equal(6, outcome.Callback!["type"]!.GetValue<int>());
        Assert.Equal("Gespeichert", (string?)outcome.Original!["content"]);
        var stored = Assert.Single(sandbox.Server.Control.Messages(sandbox.Channel("general")));
        Assert.Equal("Gespeichert", (string?)stored["content"]);
        Assert.Empty(stored["components"]!.AsArray());
    }

    [Fact]
    public async Task A_follow_up_after_a_deferred_update_is_a_new_message()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("save:1")));

        var pressing = sandbox.Server.Control.PressButtonAsync(Press(message, "save:1"));
        var interaction = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 6 });
        var (status, followUp, _) = await sandbox.WebhookAsync(HttpMethod.Post, interaction, "", new JsonObject { ["content"] = "Danke", ["flags"] = 64 });
        var outcome = await pressing;

        Assert.Equal(200, status);
        Assert.NotEqual(message["id"]!.GetValue<string>(), (string?)followUp!["id"]);
        Assert.Equal("Danke", (string?)Assert.Single(outcome.Followups)!["content"]);
        Assert.Single(sandbox.Server.Control.Messages(sandbox.Channel("general")));
    }

    [Fact]
    public async Task Updates_are_refused_for_commands_and_a_second_answer_gets_40060()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("save:1")));

        var invoking = sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("summary"));
        var command = await sandbox.NextInteractionAsync();
        var (updateStatus, updateBody, _) = await sandbox.CallbackAsync(command, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "x" } });
        var (deferStatus, deferBody, _) = await sandbox.CallbackAsync(command, new JsonObject { ["type"] = 6 });
        await sandbox.CallbackAsync(command, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });
        await invoking;
        var pressing = sandbox.Server.Control.PressButtonAsync(Press(message, "save:1"));
        var press = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(press, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "neu" } });
        var (againStatus, againBody, _) = await sandbox.CallbackAsync(press, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "nochmal" } });
        await pressing;

        Assert.Equal(400, updateStatus);
        Assert.Equal("INTERACTION_RESPONSE_TYPE_INVALID", (string?)updateBody!["errors"]!["type"]!["_errors"]![0]!["code"]);
        Assert.Equal(400, deferStatus);
        Assert.Equal(50035, deferBody!["code"]!.GetValue<int>());
        Assert.Equal((400, 40060), (againStatus, againBody!["code"]!.GetValue<int>()));
        Assert.Equal("neu", (string?)sandbox.Server.Control.Messages(sandbox.Channel("general")).Single(m => (string?)m["id"] == (string?)message["id"])["content"]);
    }

    [Fact]
    public async Task Buttons_on_an_ephemeral_reply_can_be_pressed_only_by_the_member_who_sees_it()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var world = sandbox.Server.World;
        var invoking = sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("discussions") { UserId = world.Moderator.Id });
        var command = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(command, new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject { ["content"] = "Vorschau", ["flags"] = 64, ["components"] = Row(Button("save:1", "Speichern"), Button("cancel:1", "Abbrechen", style: 4)) },
        });
        var preview = (await invoking).Original!;

        var byViewer = await sandbox.Server.Control.PressButtonAsync(Press(preview, "save:1", world.Viewer.Id));
        var pressing = sandbox.Server.Control.PressButtonAsync(Press(preview, "save:1", world.Moderator.Id));
        var press = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(press, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "Gespeichert", ["components"] = new JsonArray() } });
        var outcome = await pressing;

        Assert.Equal(404, byViewer.Status);
        Assert.Equal(64, press["message"]!["flags"]!.GetValue<int>());
        Assert.Equal("Gespeichert", (string?)outcome.Original!["content"]);
        Assert.Equal(64, outcome.Original["flags"]!.GetValue<int>());
        Assert.Equal("Gespeichert", (string?)sandbox.Server.Control.Interaction(ulong.Parse(command["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))!.Original!["content"]);
        Assert.Empty(sandbox.Server.Control.Messages(sandbox.Channel("general")));
    }

    [Fact]
    public async Task The_http_control_api_presses_a_button()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("vote:1")));
        using var control = TestSandbox.Client(sandbox.Server, token: null);

        var pressing = control.PostAsync(new Uri("_sandbox/components", UriKind.Relative), TestSandbox.Json(new JsonObject
        {
            ["message_id"] = message["id"]!.DeepClone(),
            ["custom_id"] = "vote:1",
            ["user"] = new JsonObject { ["id"] = sandbox.Server.World.Moderator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        }));
        var interaction = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "1 Stimme" } });
        using var response = await pressing;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var refused = await control.PostAsync(new Uri("_sandbox/components", UriKind.Relative),
            TestSandbox.Json(new JsonObject { ["message_id"] = message["id"]!.DeepClone(), ["custom_id"] = "nope" }));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(7, body["callback"]!["type"]!.GetValue<int>());
        Assert.Equal("1 Stimme", (string?)body["original"]!["content"]);
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Equal(50035, JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("select and button", "components.0.components.1")]
    [InlineData("text input in a message", "components.0.components.0.type")]
    [InlineData("not a row", "components.0.type")]
    [InlineData("bad url", "components.0.components.0.url")]
    [InlineData("style 7", "components.0.components.0.style")]
    public async Task Malformed_components_get_discords_form_errors(string broken, string path)
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var components = broken switch
        {
            "select and button" => Row(new JsonObject { ["type"] = 3, ["custom_id"] = "pick", ["options"] = new JsonArray() }, Button("b")),
            "text input in a message" => Row(Input("t")),
            "not a row" => new JsonArray(Button("b")),
            "bad url" => Row(Link("x", "javascript:alert(1)")),
            _ => Row(Button("b", style: 7)),
        };

        var (status, body, _) = await TestSandbox.SendAsync(sandbox.Http, HttpMethod.Post, TestSandbox.ChannelPath(sandbox.Server, "general"),
            new JsonObject { ["content"] = "x", ["components"] = components });

        Assert.Equal((400, 50035), (status, body!["code"]!.GetValue<int>()));
        var node = body["errors"];
        foreach (var segment in path.Split('.'))
            node = node?[segment];
        Assert.NotNull(node?["_errors"]);
    }
}
