using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Control;

/// <summary>The HTTP control API under /_sandbox (no bot token needed).</summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxControl control)
    {
        app.MapPost("/_sandbox/interactions", context => InvokeAsync(context, control));
        app.MapPost("/_sandbox/components", context => PressAsync(context, control));
        app.MapPost("/_sandbox/modals", context => SubmitAsync(context, control));
        app.MapGet("/_sandbox/interactions/{id}", context =>
            HttpJson.RouteId(context, "id") is { } id && control.Interaction(id) is { } outcome
                ? WriteAsync(context, outcome, 200)
                : HttpJson.WriteAsync(context, 404, new JsonObject { ["error"] = "unknown interaction" }));
        app.MapGet("/_sandbox/channels/{id}/messages", context => MessagesAsync(context, control));
        app.MapGet("/_sandbox/commands", context =>
        {
            var all = control.AllCommands();
            var guilds = new JsonObject();
            foreach (var (scope, list) in all.Where(p => p.Key != 0))
                guilds[WireFormat.Id(scope)] = list;
            return HttpJson.WriteAsync(context, 200, new JsonObject
            {
                ["global"] = all.TryGetValue(0, out var global) ? global : new JsonArray(),
                ["guilds"] = guilds,
            });
        });
        app.MapGet("/_sandbox/guilds/{id}/scheduled-events", context =>
            HttpJson.RouteId(context, "id") is { } id
                ? HttpJson.WriteAsync(context, 200, control.ScheduledEvents(id))
                : HttpJson.WriteAsync(context, 404, new JsonObject { ["error"] = "unknown guild" }));
        app.MapGet("/_sandbox/channels/{id}/edits", context =>
            HttpJson.RouteId(context, "id") is { } id
                ? HttpJson.WriteAsync(context, 200, EditsJson(control, id))
                : HttpJson.WriteAsync(context, 404, new JsonObject { ["error"] = "unknown channel" }));
        app.MapGet("/_sandbox/world", context => HttpJson.WriteAsync(context, 200, control.WorldJson()));
        app.MapGet("/_sandbox/sessions", context => HttpJson.WriteAsync(context, 200, control.Sessions()));
        app.MapPost("/_sandbox/faults", context => FaultAsync(context, control));
        app.MapGet("/_sandbox/interactions-endpoint", context => HttpJson.WriteAsync(context, 200, EndpointJson(control)));
        app.MapPut("/_sandbox/interactions-endpoint", context => SetEndpointAsync(context, control));
    }

    /// <summary>When each message edit in the channel was accepted (ISO 8601), and how many requests any bucket refused with 429.</summary>
    private static JsonObject EditsJson(SandboxControl control, ulong channelId) => new()
    {
        ["accepted"] = new JsonArray([.. control.MessageEdits(channelId).Select(at => (JsonNode)at.ToString("O", CultureInfo.InvariantCulture))]),
        ["rate_limited"] = control.RateLimitedCount,
    };

    private static JsonObject EndpointJson(SandboxControl control) => new()
    {
        ["public_key"] = control.InteractionsPublicKey,
        ["url"] = control.InteractionsUrl?.ToString(),
    };

    /// <summary>Sets (or with null clears) the interactions URL after Discord's check; 400 names why a URL was rejected.</summary>
    private static async Task SetEndpointAsync(HttpContext context, SandboxControl control)
    {
        if (await HttpJson.ReadAsync(context) is not JsonObject body || !body.ContainsKey("url")
            || (body["url"] is { } given && (given is not JsonValue value || !value.TryGetValue<string>(out _))))
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = "expected {\"url\":\"http://…\"} or {\"url\":null}" });
            return;
        }
        var text = body["url"]?.GetValue<string>();
        Uri? url = null;
        if (text is not null && !Uri.TryCreate(text, UriKind.Absolute, out url))
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = $"'{text}' is not an absolute URL" });
            return;
        }
        if (await control.SetInteractionsUrlAsync(url, context.RequestAborted) is { } problem)
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = problem });
            return;
        }
        await HttpJson.WriteAsync(context, 200, EndpointJson(control));
    }

    private static async Task InvokeAsync(HttpContext context, SandboxControl control)
    {
        if (await HttpJson.ReadAsync(context) is not JsonObject body || body["data"]?["name"] is not JsonValue nameValue
            || !nameValue.TryGetValue<string>(out var name))
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = "expected {\"data\":{\"name\":…}}" });
            return;
        }
        var request = new InteractionRequest(name)
        {
            Type = body["type"] is JsonValue t && t.TryGetValue<int>(out var type) ? type : 2,
            GuildId = Id(body["guild_id"]),
            ChannelId = Id(body["channel_id"]),
            UserId = Id(body["user"]?["id"]),
            Username = body["user"]?["username"]?.ToString(),
            Locale = body["locale"]?.ToString() ?? "de",
            Permissions = body["permissions"]?.ToString(),
            Options = body["data"]?["options"] as JsonArray,
        };
        var outcome = await control.InvokeCommandAsync(request, context.RequestAborted);
        await WriteAsync(context, outcome);
    }

    private static async Task PressAsync(HttpContext context, SandboxControl control)
    {
        if (await HttpJson.ReadAsync(context) is not JsonObject body || Id(body["message_id"]) is not { } messageId
            || body["custom_id"] is not JsonValue customIdValue || !customIdValue.TryGetValue<string>(out var customId))
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = "expected {\"message_id\":…, \"custom_id\":…}" });
            return;
        }
        var request = new ComponentRequest(messageId, customId)
        {
            GuildId = Id(body["guild_id"]),
            ChannelId = Id(body["channel_id"]),
            UserId = Id(body["user"]?["id"]),
            Username = body["user"]?["username"]?.ToString(),
            Locale = body["locale"]?.ToString() ?? "de",
            Permissions = body["permissions"]?.ToString(),
        };
        var outcome = await control.PressButtonAsync(request, context.RequestAborted);
        await WriteAsync(context, outcome);
    }

    private static async Task SubmitAsync(HttpContext context, SandboxControl control)
    {
        if (await HttpJson.ReadAsync(context) is not JsonObject body || Id(body["interaction_id"]) is not { } interactionId
            || body["values"] is not JsonObject valuesNode)
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = "expected {\"interaction_id\":…, \"values\":{\"<custom_id>\":\"…\"}}" });
            return;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in valuesNode)
            values[key] = value?.ToString() ?? "";
        var request = new ModalSubmitRequest(interactionId, values)
        {
            UserId = Id(body["user"]?["id"]),
            Locale = body["locale"]?.ToString() ?? "de",
        };
        var outcome = await control.SubmitModalAsync(request, context.RequestAborted);
        await WriteAsync(context, outcome);
    }

    private static async Task MessagesAsync(HttpContext context, SandboxControl control)
    {
        if (HttpJson.RouteId(context, "id") is not { } id)
        {
            await HttpJson.WriteAsync(context, 404, new JsonObject { ["error"] = "unknown channel" });
            return;
        }
        var query = context.Request.Query;
        IReadOnlyList<JsonObject> messages;
        if (int.TryParse(query["wait_for"], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            var timeout = int.TryParse(query["timeout_ms"], NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : 10_000;
            messages = await control.WaitForMessagesAsync(id, count, TimeSpan.FromMilliseconds(timeout), context.RequestAborted);
        }
        else
            messages = control.Messages(id);
        await HttpJson.WriteAsync(context, 200, new JsonArray([.. messages.Select(m => m.DeepClone())]));
    }

    private static async Task FaultAsync(HttpContext context, SandboxControl control)
    {
        var body = await HttpJson.ReadAsync(context) as JsonObject;
        SandboxFaultKind? kind = body?["kind"]?.ToString() switch
        {
            "drop_connection" => SandboxFaultKind.DropConnection,
            "reconnect" => SandboxFaultKind.Reconnect,
            "invalid_session" => SandboxFaultKind.InvalidSession,
            "stop_heartbeat_ack" => SandboxFaultKind.StopHeartbeatAck,
            "request_heartbeat" => SandboxFaultKind.RequestHeartbeat,
            "rest_429" => SandboxFaultKind.Rest429,
            "rest_500" => SandboxFaultKind.Rest500,
            "rest_502" => SandboxFaultKind.Rest502,
            _ => null,
        };
        if (kind is null)
        {
            await HttpJson.WriteAsync(context, 400, new JsonObject { ["error"] = "unknown fault kind" });
            return;
        }
        var fault = new SandboxFault(
            kind.Value,
            body!["count"] is JsonValue c && c.TryGetValue<int>(out var count) ? count : 1,
            body["resumable"] is JsonValue r && r.TryGetValue<bool>(out var resumable) && resumable,
            body["retry_after"] is JsonValue ra && ra.TryGetValue<double>(out var retryAfter) ? retryAfter : 1.0);
        await control.InjectFaultAsync(fault);
        context.Response.StatusCode = 204;
    }

    /// <summary>An outcome written from its snapshots (with <see cref="InteractionOutcome.ToJson"/>'s shape), no tree built.</summary>
    private static Task WriteAsync(HttpContext context, InteractionOutcome outcome, int? status = null) =>
        HttpJson.WriteAsync(context, status ?? outcome.Status, outcome, static (writer, o) => o.WriteTo(writer));

    private static ulong? Id(JsonNode? node) => WireFormat.TryParseId(node?.ToString(), out var id) ? id : null;
}
