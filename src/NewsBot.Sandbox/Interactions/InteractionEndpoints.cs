using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Interactions;

/// <summary>
/// The interaction callback: a reply (4), "thinking…" (5), a component's deferred update (6) or update of its message
/// (7), autocomplete choices (8) or a modal (9), each accepted only for the interaction types Discord accepts it for.
/// The webhook routes of the token are in <see cref="InteractionWebhookEndpoints"/>.
/// </summary>
internal static class InteractionEndpoints
{
    internal const int Ephemeral = 1 << 6;
    internal const int Loading = 1 << 7;

    public static void Map(IEndpointRouteBuilder app, SandboxState state, string api)
    {
        app.MapPost($"{api}/interactions/{{interaction_id}}/{{interaction_token}}/callback", context => CallbackAsync(context, state));
        InteractionWebhookEndpoints.Map(app, state, api);
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
        var (node, utf8) = await HttpJson.ReadWithBytesAsync(context);
        if (node is not JsonObject body)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return;
        }
        var accepted = await AcceptAsync(state, interaction, body, utf8, context.RequestAborted);
        if (accepted.Refusal is { } refusal)
        {
            await HttpJson.WriteAsync(context, refusal);
            return;
        }
        var (type, original, updated) = (accepted.Type, accepted.Original, accepted.Updated);
        var withResponse = string.Equals(context.Request.Query["with_response"], "true", StringComparison.OrdinalIgnoreCase);
        if (!withResponse)
        {
            context.Response.StatusCode = 204;
            return;
        }
        await HttpJson.WriteAsync(context, 200, CallbackResponse(state, interaction, type, original, updated));
    }

    /// <summary>What a callback did: refused (as Discord refuses it), or accepted with the reply or the updated message.</summary>
    internal readonly record struct Accepted(ApiError? Refusal, int Type, StoredMessage? Original, JsonObject? Updated);

    /// <summary>
    /// Takes <paramref name="body"/> as the interaction's initial response, whether it came to the callback route (gateway
    /// interactions) or as the HTTP response of an interaction delivered to the bot's endpoint: the same checks, the
    /// same effects. <paramref name="utf8"/> is the body as it came, kept as the callback (null: written from the nodes).
    /// </summary>
    internal static async Task<Accepted> AcceptAsync(SandboxState state, SandboxInteraction interaction, JsonObject body, byte[]? utf8,
        CancellationToken cancellationToken)
    {
        var type = body["type"] is JsonValue t && t.TryGetValue<int>(out var ti) ? ti : 0;
        var data = MessageValidator.NullIfJsonNull(body["data"]) as JsonObject ?? [];
        if (ValidateCallback(interaction, type, data) is { } invalid)
            return new Accepted(invalid, type, null, null);
        StoredMessage? original = null;
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
                interaction.Callback = utf8 ?? Utf8Json.Bytes(body);
                interaction.CallbackType = type;
                if (type is 4 or 5)
                {
                    original = OriginalMessage(state, interaction, data, type == 5);
                    interaction.Original = original;
                }
                else if (type == 9)
                    interaction.Modal = (JsonObject)data.DeepClone();
            }
        }
        if (refusal is not null)
            return new Accepted(refusal, type, null, null);
        // Ephemeral as the reply's flags will say (copied from data, or kept by a deferral), without reading the reply.
        // The reply is in the channel before anyone learns of the callback. Adding it wakes message waiters as
        // Touch does; one of the two is enough.
        var visible = original is not null && (FlagsOf(data) & Ephemeral) == 0;
        if (visible)
            state.Messages.Add(interaction.ChannelId, original!, state.World.BotUser.Id, null);
        else if (original is not null)
            state.Interactions.AddEphemeralMessage(interaction, original.Id);
        JsonObject? updated = null;
        if (type == 7)
            updated = await UpdateSourceAsync(state, interaction, data, cancellationToken);
        interaction.Acknowledged.TrySetResult();
        if (type is not (5 or 6))
            interaction.Settled.TrySetResult();
        if (!visible)
            state.Messages.Touch();
        return new Accepted(null, type, original, updated);
    }

    /// <summary>The interaction callback response object of <c>?with_response=true</c>: the message for types 4 and 7.</summary>
    private static JsonObject CallbackResponse(SandboxState state, SandboxInteraction interaction, int type, StoredMessage? original, JsonObject? updated)
    {
        var resource = new JsonObject { ["type"] = type };
        JsonObject? message = null;
        if (original is not null)
        {
            lock (state.Messages.Sync)
                message = MessageFactory.Public(original);
        }
        message ??= updated;
        if (type is 4 or 7 && message is not null)
            resource["message"] = message.DeepClone();
        return new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = WireFormat.Id(interaction.Id),
                ["type"] = interaction.Type,
                ["activity_instance_id"] = null,
                ["response_message_id"] = message?["id"]?.DeepClone(),
                ["response_message_loading"] = type == 5,
                ["response_message_ephemeral"] = message is not null && IsEphemeral(message),
            },
            ["resource"] = resource,
        };
    }

    /// <summary>Callback 7: the component's message takes the data's fields (its ephemeral state stays as it was).</summary>
    private static async Task<JsonObject?> UpdateSourceAsync(SandboxState state, SandboxInteraction interaction, JsonObject data, CancellationToken cancellationToken)
    {
        var source = interaction.SourceMessage!;
        var updated = source.Change(state, message => ApplyEdit(state, message, data, interaction.GuildId));
        if (updated is not null && !source.IsEphemeral)
            await state.Gateway.DispatchAsync(interaction.GuildId, "MESSAGE_UPDATE", updated, 1L << 9, cancellationToken);
        return updated;
    }

    /// <summary>An edit's fields onto a message: flags keep the message's ephemeral state and lose "loading".</summary>
    internal static void ApplyEdit(SandboxState state, JsonObject message, JsonObject body, ulong guildId)
    {
        var ephemeral = FlagsOf(message) & Ephemeral;
        MessageFactory.Apply(message, body);
        message["flags"] = (FlagsOf(message) & ~(Ephemeral | Loading)) | ephemeral;
        message["edited_timestamp"] = WireFormat.Timestamp(state.Time.GetUtcNow());
        MessageFactory.ResolveMentions(state, message, guildId, MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject);
    }

    /// <summary>
    /// Which callback answers which interaction type (Discord: 6 and 7 only for components, and for modal submits of a
    /// modal opened from one; 9 not for modal submits), then the data's own checks.
    /// </summary>
    private static ApiError? ValidateCallback(SandboxInteraction interaction, int type, JsonObject data)
    {
        var allowed = interaction.Type switch
        {
            1 => type == 1,
            2 => type is 4 or 5 or 9 or 10 or 12,
            3 => type is 4 or 5 or 6 or 7 or 9 or 10 or 12,
            4 => type == 8,
            5 => type is 4 or 5 || (interaction.SourceMessage is not null && type is 6 or 7),
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
        if (type == 9)
        {
            var errors = new FormErrors();
            ComponentValidator.ValidateModal(data, errors);
            return errors.Any ? ApiError.Form(errors) : null;
        }
        return null;
    }

    private static StoredMessage OriginalMessage(SandboxState state, SandboxInteraction interaction, JsonObject data, bool deferred)
    {
        var body = deferred ? new JsonObject { ["flags"] = (FlagsOf(data) & Ephemeral) | Loading } : data;
        return MessageFactory.Create(state, interaction.ChannelId, interaction.GuildId, body, type: 20, webhookId: state.World.ApplicationId,
            writeExtra: writer => WriteInteractionFields(writer, interaction));
    }

    /// <summary>
    /// interaction_metadata of a reply, after the message's own fields: the command's name, the pressed message, or the
    /// interaction whose modal was submitted; the older interaction field only for commands.
    /// </summary>
    internal static void WriteInteractionFields(Utf8JsonWriter writer, SandboxInteraction interaction)
    {
        writer.WritePropertyName("interaction_metadata"u8);
        WriteMetadata(writer, interaction);
        if (interaction.Type != 2)
            return;
        writer.WriteStartObject("interaction"u8);
        WireFormat.WriteId(writer, "id"u8, interaction.Id);
        writer.WriteNumber("type"u8, interaction.Type);
        writer.WriteString("name"u8, interaction.CommandName);
        writer.WritePropertyName("user"u8);
        WorldJsonWriter.WriteUser(writer, interaction.User);
        writer.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter writer, SandboxInteraction interaction)
    {
        writer.WriteStartObject();
        WireFormat.WriteId(writer, "id"u8, interaction.Id);
        writer.WriteNumber("type"u8, interaction.Type);
        writer.WritePropertyName("user"u8);
        WorldJsonWriter.WriteUser(writer, interaction.User);
        writer.WriteStartObject("authorizing_integration_owners"u8);
        WireFormat.WriteId(writer, "0"u8, interaction.GuildId);
        writer.WriteEndObject();
        if (interaction.Type == 2)
            writer.WriteString("name"u8, interaction.CommandName);
        if (interaction.Type == 3 && interaction.SourceMessage is { } source)
            writer.WriteString("interacted_message_id"u8, source.MessageId);
        if (interaction.Type == 5 && interaction.ModalOf is { } shownBy)
        {
            writer.WritePropertyName("triggering_interaction_metadata"u8);
            WriteMetadata(writer, shownBy);
        }
        writer.WriteEndObject();
    }

    internal static int FlagsOf(JsonObject data) => data["flags"] is JsonValue f && f.TryGetValue<int>(out var flags) ? flags : 0;

    internal static bool IsEphemeral(JsonObject message) => (FlagsOf(message) & Ephemeral) != 0;
}
