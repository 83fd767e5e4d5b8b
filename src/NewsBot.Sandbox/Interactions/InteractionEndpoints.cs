using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Interactions;

/// <summary>The interaction callback and the interaction webhooks (original reply and follow-ups).</summary>
internal static class InteractionEndpoints
{
    private const int Ephemeral = 1 << 6;
    private const int Loading = 1 << 7;

    public static void Map(IEndpointRouteBuilder app, SandboxState state, string api)
    {
        app.MapPost($"{api}/interactions/{{interaction_id}}/{{interaction_token}}/callback", context => CallbackAsync(context, state));
        var webhook = $"{api}/webhooks/{{application_id}}/{{webhook_token}}";
        app.MapPost(webhook, context => FollowupAsync(context, state));
        app.MapGet($"{webhook}/messages/{{message_id}}", context => GetMessageAsync(context, state));
        app.MapMethods($"{webhook}/messages/{{message_id}}", [HttpMethods.Patch], context => EditMessageAsync(context, state));
        app.MapDelete($"{webhook}/messages/{{message_id}}", context => DeleteMessageAsync(context, state));
    }

    private static async Task CallbackAsync(HttpContext context, SandboxState state)
    {
        var token = context.Request.RouteValues["interaction_token"] as string;
        var interaction = HttpJson.RouteId(context, "interaction_id") is { } id ? state.Interactions.ById(id) : null;
        if (interaction is null || interaction.Token != token)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownInteraction);
            return;
        }
        if (await HttpJson.ReadAsync(context) is not JsonObject body)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return;
        }
        var type = body["type"] is JsonValue t && t.TryGetValue<int>(out var ti) ? ti : 0;
        var data = MessageValidator.NullIfJsonNull(body["data"]) as JsonObject ?? [];
        if (ValidateCallback(interaction.Type, type, data) is { } invalid)
        {
            await HttpJson.WriteAsync(context, invalid);
            return;
        }
        JsonObject? original = null;
        ApiError? refusal = null;
        lock (interaction.Sync)
        {
            if (interaction.IsAcknowledged)
                refusal = ApiError.AlreadyAcknowledged;
            else if (interaction.Expired || state.Time.GetUtcNow() - interaction.CreatedAt > state.Options.InteractionDeadline)
            {
                interaction.Expired = true;
                refusal = ApiError.UnknownInteraction;
            }
            else
            {
                interaction.Callback = Utf8Json.Bytes(body);
                interaction.CallbackType = type;
                if (type is 4 or 5)
                {
                    original = OriginalMessage(state, interaction, data, type == 5);
                    interaction.Original = original;
                }
            }
        }
        if (refusal is not null)
        {
            await HttpJson.WriteAsync(context, refusal);
            return;
        }
        // Ephemeral as the reply's flags will say (copied from data, or kept by a deferral), without reading the reply.
        // The reply is in the channel before anyone learns of the callback. Adding it wakes message waiters as
        // Touch does; one of the two is enough.
        var visible = original is not null && (FlagsOf(data) & Ephemeral) == 0;
        if (visible)
            state.Messages.Add(interaction.ChannelId, original!, state.World.BotUser.Id, null);
        interaction.Acknowledged.TrySetResult();
        if (type != 5)
            interaction.Settled.TrySetResult();
        if (!visible)
            state.Messages.Touch();
        var withResponse = string.Equals(context.Request.Query["with_response"], "true", StringComparison.OrdinalIgnoreCase);
        if (!withResponse)
        {
            context.Response.StatusCode = 204;
            return;
        }
        var resource = new JsonObject { ["type"] = type };
        if (original is not null)
            resource["message"] = MessageFactory.Public(original);
        await HttpJson.WriteAsync(context, 200, new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = WireFormat.Id(interaction.Id),
                ["type"] = interaction.Type,
                ["activity_instance_id"] = null,
                ["response_message_id"] = original?["id"]?.DeepClone(),
                ["response_message_loading"] = type == 5,
                ["response_message_ephemeral"] = original is not null && IsEphemeral(original),
            },
            ["resource"] = resource,
        });
    }

    private static ApiError? ValidateCallback(int interactionType, int type, JsonObject data)
    {
        var allowed = interactionType switch
        {
            1 => type == 1,
            2 => type is 4 or 5 or 9 or 10 or 12,
            3 => type is 4 or 5 or 6 or 7 or 9 or 10 or 12,
            4 => type == 8,
            5 => type is 4 or 5 or 6 or 7,
            _ => false,
        };
        if (!allowed)
        {
            var errors = new FormErrors();
            errors.Add("type", "INTERACTION_RESPONSE_TYPE_INVALID", "Interaction response type is invalid for this interaction.");
            return ApiError.Form(errors);
        }
        if (type is 4 or 7)
            return MessageValidator.Validate(data, requireContent: type == 4);
        if (type == 8 && data["choices"] is JsonArray { Count: > 25 })
        {
            var errors = new FormErrors();
            errors.Add("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            return ApiError.Form(errors);
        }
        return null;
    }

    private static JsonObject OriginalMessage(SandboxState state, SandboxInteraction interaction, JsonObject data, bool deferred)
    {
        var body = deferred ? new JsonObject { ["flags"] = (FlagsOf(data) & Ephemeral) | Loading } : data;
        return MessageFactory.Create(state, interaction.ChannelId, interaction.GuildId, body, type: 20, webhookId: state.World.ApplicationId,
            writeExtra: writer => WriteInteractionFields(writer, interaction));
    }

    /// <summary>interaction_metadata and the older interaction field of a reply, after the message's own fields.</summary>
    private static void WriteInteractionFields(Utf8JsonWriter writer, SandboxInteraction interaction)
    {
        writer.WriteStartObject("interaction_metadata"u8);
        WireFormat.WriteId(writer, "id"u8, interaction.Id);
        writer.WriteNumber("type"u8, interaction.Type);
        writer.WritePropertyName("user"u8);
        WorldJsonWriter.WriteUser(writer, interaction.User);
        writer.WriteStartObject("authorizing_integration_owners"u8);
        WireFormat.WriteId(writer, "0"u8, interaction.GuildId);
        writer.WriteEndObject();
        writer.WriteString("name"u8, interaction.CommandName);
        writer.WriteEndObject();
        writer.WriteStartObject("interaction"u8);
        WireFormat.WriteId(writer, "id"u8, interaction.Id);
        writer.WriteNumber("type"u8, interaction.Type);
        writer.WriteString("name"u8, interaction.CommandName);
        writer.WritePropertyName("user"u8);
        WorldJsonWriter.WriteUser(writer, interaction.User);
        writer.WriteEndObject();
    }

    private static int FlagsOf(JsonObject data) => data["flags"] is JsonValue f && f.TryGetValue<int>(out var flags) ? flags : 0;

    private static bool IsEphemeral(JsonObject message) => (FlagsOf(message) & Ephemeral) != 0;

    private static SandboxInteraction? ByWebhook(HttpContext context, SandboxState state)
    {
        var token = context.Request.RouteValues["webhook_token"] as string;
        var interaction = token is null ? null : state.Interactions.ByToken(token);
        if (interaction is null || HttpJson.RouteId(context, "application_id") != state.World.ApplicationId
            || state.Time.GetUtcNow() - interaction.CreatedAt > state.Options.InteractionTokenLifetime)
            return null;
        return interaction;
    }

    private static async Task FollowupAsync(HttpContext context, SandboxState state)
    {
        if (ByWebhook(context, state) is not { IsAcknowledged: true } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        if (await MessageValidator.ReadValidAsync(context) is not { } body)
            return;
        JsonObject result;
        var addToChannel = false;
        lock (interaction.Sync)
        {
            if (interaction.Original is { } original && (FlagsOf(original) & Loading) != 0)
            {
                MessageFactory.Apply(original, body);
                original["flags"] = FlagsOf(original) & ~Loading;
                MessageFactory.ResolveMentions(state, original, interaction.GuildId, MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject);
                result = original;
            }
            else
            {
                result = MessageFactory.Create(state, interaction.ChannelId, interaction.GuildId, body, type: 0, webhookId: state.World.ApplicationId);
                interaction.Followups.Add(result);
                addToChannel = !IsEphemeral(result);
            }
        }
        if (addToChannel)
            state.Messages.Add(interaction.ChannelId, result, state.World.BotUser.Id, null);
        interaction.Settled.TrySetResult();
        state.Messages.Touch();
        await HttpJson.WriteAsync(context, 200, MessageFactory.Public(result));
    }

    private static JsonObject? FindMessage(SandboxInteraction interaction, string? messageId) =>
        messageId == "@original"
            ? interaction.Original
            : interaction.Original?["id"]?.ToString() == messageId
                ? interaction.Original
                : interaction.Followups.FirstOrDefault(m => m["id"]?.ToString() == messageId);

    private static async Task GetMessageAsync(HttpContext context, SandboxState state)
    {
        if (ByWebhook(context, state) is not { } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        JsonObject? message;
        lock (interaction.Sync)
            message = FindMessage(interaction, context.Request.RouteValues["message_id"] as string) is { } m ? MessageFactory.Public(m) : null;
        await (message is null ? HttpJson.WriteAsync(context, ApiError.UnknownMessage) : HttpJson.WriteAsync(context, 200, message));
    }

    private static async Task EditMessageAsync(HttpContext context, SandboxState state)
    {
        if (ByWebhook(context, state) is not { } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        if (await MessageValidator.ReadValidAsync(context, requireContent: false) is not { } body)
            return;
        JsonObject? edited;
        lock (interaction.Sync)
        {
            edited = FindMessage(interaction, context.Request.RouteValues["message_id"] as string);
            if (edited is not null)
            {
                MessageFactory.Apply(edited, body);
                edited["flags"] = FlagsOf(edited) & ~Loading;
                edited["edited_timestamp"] = WireFormat.Timestamp(state.Time.GetUtcNow());
                MessageFactory.ResolveMentions(state, edited, interaction.GuildId, MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject);
                edited = MessageFactory.Public(edited);
            }
        }
        if (edited is null)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }
        interaction.Settled.TrySetResult();
        state.Messages.Touch();
        await HttpJson.WriteAsync(context, 200, edited);
    }

    private static async Task DeleteMessageAsync(HttpContext context, SandboxState state)
    {
        if (ByWebhook(context, state) is not { } interaction)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownWebhook);
            return;
        }
        bool removed;
        lock (interaction.Sync)
        {
            var target = FindMessage(interaction, context.Request.RouteValues["message_id"] as string);
            removed = target is not null;
            if (target is not null)
                target["deleted"] = true;
        }
        if (!removed)
        {
            await HttpJson.WriteAsync(context, ApiError.UnknownMessage);
            return;
        }
        context.Response.StatusCode = 204;
    }
}
