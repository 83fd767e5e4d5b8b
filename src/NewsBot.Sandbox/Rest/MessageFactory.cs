using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Rest;

/// <summary>Builds message objects as Discord returns them.</summary>
internal static class MessageFactory
{
    private static readonly string[] Copied = ["content", "embeds", "components", "flags", "nonce", "attachments", "poll"];

    /// <summary>The key under which the control API shows the allowed_mentions the bot sent (never sent to bots).</summary>
    public const string SandboxAllowedMentions = "sandbox_allowed_mentions";

    /// <summary>
    /// A new message from a create body. It is written straight to UTF-8 and kept so (<see cref="StoredMessage"/>), so a
    /// message that is only stored and later written out never becomes a tree of nodes; <paramref name="writeExtra"/> adds
    /// fields at the end (an interaction reply's interaction_metadata).
    /// </summary>
    public static StoredMessage Create(SandboxState state, ulong channelId, ulong? guildId, JsonObject body, int type = 0, ulong? webhookId = null,
        Action<Utf8JsonWriter>? writeExtra = null)
    {
        if (MessageValidator.NullIfJsonNull(body["embeds"]) is JsonArray embeds)
            ApplyEmbedDefaults(embeds);
        if (body["components"] is JsonArray { Count: > 0 } components)
            ComponentIds.Assign(components);
        var content = MessageValidator.NullIfJsonNull(body["content"]) is JsonValue v && v.TryGetValue<string>(out var text) ? text : "";
        var allowed = MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject;
        var message = new NewMessage(state, state.Ids.Next(), channelId, guildId, body, type, webhookId,
            MessageMentions.Resolve(state, content, guildId, allowed), writeExtra);
        return new StoredMessage(WireFormat.Id(message.Id), Utf8Json.Write(message, WriteMessage));
    }

    private sealed record NewMessage(SandboxState State, ulong Id, ulong ChannelId, ulong? GuildId, JsonObject Body, int Type,
        ulong? WebhookId, MessageMentions Mentions, Action<Utf8JsonWriter>? WriteExtra);

    /// <summary>The fields in the order a message tree built field by field had them (edits keep that order).</summary>
    private static void WriteMessage(Utf8JsonWriter writer, NewMessage m)
    {
        var body = m.Body;
        writer.WriteStartObject();
        WireFormat.WriteId(writer, "id"u8, m.Id);
        writer.WriteNumber("type"u8, m.Type);
        WireFormat.WriteId(writer, "channel_id"u8, m.ChannelId);
        writer.WritePropertyName("author"u8);
        WorldJsonWriter.WriteUser(writer, m.State.World.BotUser);
        WriteCopied(writer, body, "content", static w => w.WriteStringValue(""u8));
        WireFormat.WriteTimestamp(writer, "timestamp"u8, m.State.Time.GetUtcNow());
        writer.WriteNull("edited_timestamp"u8);
        writer.WriteBoolean("tts"u8, false);
        writer.WriteBoolean("mention_everyone"u8, m.Mentions.Everyone);
        m.Mentions.WriteMentions(writer);
        m.Mentions.WriteMentionRoles(writer);
        WriteCopied(writer, body, "attachments", EmptyArray);
        WriteCopied(writer, body, "embeds", EmptyArray);
        writer.WriteBoolean("pinned"u8, false);
        WriteCopied(writer, body, "flags", static w => w.WriteNumberValue(0));
        WriteCopied(writer, body, "components", EmptyArray);
        if (m.GuildId is { } g)
            WireFormat.WriteId(writer, "guild_id"u8, g);
        if (m.WebhookId is { } webhook)
        {
            WireFormat.WriteId(writer, "webhook_id"u8, webhook);
            WireFormat.WriteId(writer, "application_id"u8, m.State.World.ApplicationId);
        }
        foreach (var key in (ReadOnlySpan<string>)["nonce", "poll"])
        {
            if (body.ContainsKey(key))
                WriteCopied(writer, body, key, static w => w.WriteNullValue());
        }
        if (body["allowed_mentions"] is JsonObject mentions)
        {
            writer.WritePropertyName(SandboxAllowedMentions);
            mentions.WriteTo(writer);
        }
        m.WriteExtra?.Invoke(writer);
        writer.WriteEndObject();
    }

    private static void EmptyArray(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        writer.WriteEndArray();
    }

    /// <summary>The body's value of <paramref name="key"/> when it has a non-null one, else the default.</summary>
    private static void WriteCopied(Utf8JsonWriter writer, JsonObject body, string key, Action<Utf8JsonWriter> writeDefault)
    {
        writer.WritePropertyName(key);
        if (MessageValidator.NullIfJsonNull(body[key]) is { } value)
            value.WriteTo(writer);
        else
            writeDefault(writer);
    }

    /// <summary>The message as Discord would return it to the bot.</summary>
    public static JsonObject Public(StoredMessage message)
    {
        var copy = message.Copy();
        copy.Remove(SandboxAllowedMentions);
        return copy;
    }

    /// <inheritdoc cref="Public(StoredMessage)"/>
    public static JsonObject Public(JsonObject message)
    {
        var copy = (JsonObject)message.DeepClone();
        copy.Remove(SandboxAllowedMentions);
        return copy;
    }

    /// <summary>Fills mentions, mention_roles and mention_everyone the way allowed_mentions permits.</summary>
    public static void ResolveMentions(SandboxState state, JsonObject message, ulong? guildId, JsonObject? allowed)
    {
        var content = message["content"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : "";
        MessageMentions.Resolve(state, content, guildId, allowed).ApplyTo(message);
    }

    /// <summary>Copies the editable fields of an edit body onto a message.</summary>
    public static void Apply(JsonObject message, JsonObject body)
    {
        foreach (var key in Copied)
        {
            if (!body.ContainsKey(key))
                continue;
            var value = MessageValidator.NullIfJsonNull(body[key]);
            message[key] = key switch
            {
                "content" => value?.DeepClone() ?? "",
                "embeds" or "components" or "attachments" => value?.DeepClone() ?? new JsonArray(),
                "flags" => value?.DeepClone() ?? 0,
                _ => value?.DeepClone(),
            };
        }
        if (message["embeds"] is JsonArray embeds)
            ApplyEmbedDefaults(embeds);
        if (body.ContainsKey("components") && message["components"] is JsonArray { Count: > 0 } components)
            ComponentIds.Assign(components);
    }

    /// <summary>What Discord fills in on embeds: type "rich", and inline false on fields.</summary>
    private static void ApplyEmbedDefaults(JsonArray embeds)
    {
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            embed["type"] ??= "rich";
            foreach (var field in (embed["fields"] as JsonArray)?.OfType<JsonObject>() ?? [])
                field["inline"] ??= false;
        }
    }

    public static string? NonceText(JsonNode? nonce) => MessageValidator.NullIfJsonNull(nonce) switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var l) => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
