using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Tests.Support;
using static NewsBot.Sandbox.Tests.Support.ScriptedBot;

namespace NewsBot.Sandbox.Tests.Control;

/// <summary>Modals: shown only as the first answer where Discord allows it, submitted once by their member, checked like Discord's client.</summary>
public sealed class ModalTests
{
    private static ulong IdOf(JsonObject interaction) => ulong.Parse(interaction["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    /// <summary>Invokes /discussions and answers it with <paramref name="modal"/>; returns the interaction and the callback's status.</summary>
    private static async Task<(JsonObject Interaction, int Status, JsonNode? Body)> ShowAsync(ScriptedBot sandbox, JsonObject modal)
    {
        var invoking = sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("discussions"));
        var interaction = await sandbox.NextInteractionAsync();
        var (status, body, _) = await sandbox.CallbackAsync(interaction, modal);
        if (status != 204)
            await sandbox.CallbackAsync(interaction, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });
        await invoking;
        return (interaction, status, body);
    }

    [Fact]
    public async Task A_shown_modal_is_submitted_as_a_modal_submit_with_each_value()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var (shown, status, _) = await ShowAsync(sandbox, Modal("paste:1", Input("text", minLength: 5), Input("note", required: false)));

        var submitting = sandbox.Server.Control.SubmitModalAsync(new ModalSubmitRequest(IdOf(shown), Values(("text", "Wie sicher ist Europa?"))));
        var submit = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(submit, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Gespeichert", ["flags"] = 64 } });
        var outcome = await submitting;

        Assert.Equal(204, status);
        Assert.Equal(5, submit["type"]!.GetValue<int>());
        Assert.Equal("paste:1", (string?)submit["data"]!["custom_id"]);
        var rows = submit["data"]!["components"]!.AsArray();
        Assert.Equal("Wie sicher ist Europa?", (string?)rows[0]!["components"]![0]!["value"]);
        Assert.Equal("text", (string?)rows[0]!["components"]![0]!["custom_id"]);
        Assert.Equal(4, rows[0]!["components"]![0]!["type"]!.GetValue<int>());
        Assert.Equal("", (string?)rows[1]!["components"]![0]!["value"]);
        Assert.Null(submit["message"]);
        Assert.Equal(shown["member"]!["user"]!["id"]!.ToJsonString(), submit["member"]!["user"]!["id"]!.ToJsonString());
        Assert.Equal("Gespeichert", (string?)outcome.Original!["content"]);
        Assert.Equal(2, outcome.Original["interaction_metadata"]!["triggering_interaction_metadata"]!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_modal_is_refused_after_a_deferral_to_a_modal_submit_and_to_autocomplete()
    {
        await using var sandbox = await ScriptedBot.StartAsync();

        var invoking = sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("discussions"));
        var deferred = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(deferred, new JsonObject { ["type"] = 5 });
        var (afterDeferral, afterDeferralBody, _) = await sandbox.CallbackAsync(deferred, Modal());
        await sandbox.WebhookAsync(HttpMethod.Patch, deferred, "/messages/@original", new JsonObject { ["content"] = "fertig" });
        await invoking;
        var (shown, _, _) = await ShowAsync(sandbox, Modal());
        var submitting = sandbox.Server.Control.SubmitModalAsync(new ModalSubmitRequest(IdOf(shown), Values(("text", "x"))));
        var submit = await sandbox.NextInteractionAsync();
        var (toSubmit, toSubmitBody, _) = await sandbox.CallbackAsync(submit, Modal());
        var (updateSubmit, _, _) = await sandbox.CallbackAsync(submit, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "x" } });
        await sandbox.CallbackAsync(submit, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });
        await submitting;
        var completing = sandbox.Server.Control.InvokeCommandAsync(new InteractionRequest("discussions") { Type = 4 });
        var autocomplete = await sandbox.NextInteractionAsync();
        var (toAutocomplete, _, _) = await sandbox.CallbackAsync(autocomplete, Modal());
        await sandbox.CallbackAsync(autocomplete, new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray() } });
        await completing;

        Assert.Equal((400, 40060), (afterDeferral, afterDeferralBody!["code"]!.GetValue<int>()));
        Assert.Equal(400, toSubmit);
        Assert.Equal("INTERACTION_RESPONSE_TYPE_INVALID", (string?)toSubmitBody!["errors"]!["type"]!["_errors"]![0]!["code"]);
        Assert.Equal(400, updateSubmit);
        Assert.Equal(400, toAutocomplete);
    }

    [Fact]
    public async Task A_modal_opened_from_a_button_carries_its_message_and_may_update_it()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var message = await sandbox.PostAsync(Row(Button("ask:1", "Frage stellen")));

        var pressing = sandbox.Server.Control.PressButtonAsync(new ComponentRequest(ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture), "ask:1"));
        var press = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(press, Modal("question:1", Input("question", maxLength: 300)));
        await pressing;
        var submitting = sandbox.Server.Control.SubmitModalAsync(new ModalSubmitRequest(IdOf(press), Values(("question", "Was kostet das?"))));
        var submit = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(submit, new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "1 Frage" } });
        var outcome = await submitting;

        Assert.Equal(message["id"]!.GetValue<string>(), (string?)submit["message"]!["id"]);
        Assert.Equal(7, outcome.Callback!["type"]!.GetValue<int>());
        Assert.Equal("1 Frage", (string?)Assert.Single(sandbox.Server.Control.Messages(sandbox.Channel("general")))["content"]);
    }

    [Theory]
    [InlineData("missing required", 400)]
    [InlineData("too short", 400)]
    [InlineData("too long", 400)]
    [InlineData("unknown input", 400)]
    [InlineData("another member", 403)]
    public async Task Values_discord_would_refuse_are_refused_and_the_bot_gets_nothing(string broken, int status)
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var (shown, _, _) = await ShowAsync(sandbox, Modal("paste:1", Input("text", minLength: 5, maxLength: 20)));
        var request = broken switch
        {
            "missing required" => new ModalSubmitRequest(IdOf(shown), Values()),
            "too short" => new ModalSubmitRequest(IdOf(shown), Values(("text", "kurz"))),
            "too long" => new ModalSubmitRequest(IdOf(shown), Values(("text", new string('x', 21)))),
            "unknown input" => new ModalSubmitRequest(IdOf(shown), Values(("text", "genug Text"), ("other", "x"))),
            _ => new ModalSubmitRequest(IdOf(shown), Values(("text", "genug Text"))) { UserId = sandbox.Server.World.Moderator.Id },
        };

        var refused = await sandbox.Server.Control.SubmitModalAsync(request);
        var submitting = sandbox.Server.Control.SubmitModalAsync(new ModalSubmitRequest(IdOf(shown), Values(("text", "genug Text"))));
        var next = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(next, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });
        await submitting;
        var twice = await sandbox.Server.Control.SubmitModalAsync(new ModalSubmitRequest(IdOf(shown), Values(("text", "genug Text"))));

        Assert.Equal(status, refused.Status);
        Assert.Equal("genug Text", (string?)next["data"]!["components"]![0]!["components"]![0]!["value"]);
        Assert.Equal(400, twice.Status);
    }

    [Theory]
    [InlineData("title of 46", "data.title")]
    [InlineData("no custom id", "data.custom_id")]
    [InlineData("six rows", "data.components")]
    [InlineData("button in a modal", "data.components.0")]
    [InlineData("label of 46", "data.components.0.components.0.label")]
    [InlineData("max_length 4001", "data.components.0.components.0.max_length")]
    public async Task Malformed_modals_get_discords_form_errors(string broken, string path)
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var modal = Modal();
        var data = modal["data"]!.AsObject();
        var input = data["components"]![0]!["components"]![0]!.AsObject();
        switch (broken)
        {
            case "title of 46": data["title"] = new string('t', 46); break;
            case "no custom id": data.Remove("custom_id"); break;
            case "six rows": data["components"] = new JsonArray([.. Enumerable.Range(0, 6).Select(i => (JsonNode)new JsonObject { ["type"] = 1, ["components"] = new JsonArray(Input($"i{i}")) })]); break;
            case "button in a modal": data["components"] = Row(Button("b")); break;
            case "label of 46": input["label"] = new string('l', 46); break;
            default: input["max_length"] = 4001; break;
        }

        var (_, status, body) = await ShowAsync(sandbox, modal);

        Assert.Equal((400, 50035), (status, body!["code"]!.GetValue<int>()));
        var node = body["errors"];
        foreach (var segment in path.Split('.'))
            node = node?[segment];
        Assert.NotNull(node?["_errors"]);
    }

    [Fact]
    public async Task The_http_control_api_submits_a_modal()
    {
        await using var sandbox = await ScriptedBot.StartAsync();
        var (shown, _, _) = await ShowAsync(sandbox, Modal());
        using var control = TestSandbox.Client(sandbox.Server, token: null);

        var submitting = control.PostAsync(new Uri("_sandbox/modals", UriKind.Relative), TestSandbox.Json(new JsonObject
        {
            ["interaction_id"] = shown["id"]!.DeepClone(),
            ["values"] = new JsonObject { ["text"] = "Hallo" },
        }));
        var submit = await sandbox.NextInteractionAsync();
        await sandbox.CallbackAsync(submit, new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Danke" } });
        using var response = await submitting;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Danke", (string?)body["original"]!["content"]);
    }
}
