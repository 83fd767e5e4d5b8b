using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Rest;

/// <summary>Checks a message body against Discord's limits (content, embeds, components, allowed mentions, nonce).</summary>
internal static class MessageValidator
{
    private static readonly string[] ParseValues = ["users", "roles", "everyone"];
    private static readonly string[] MentionLists = ["users", "roles"];

    /// <summary>
    /// Reads a message body (create, edit, follow-up) and checks it as Discord does; on failure the error is already
    /// written to the response and the result is null.
    /// </summary>
    public static async Task<JsonObject?> ReadValidAsync(HttpContext context, bool requireContent = true)
    {
        if (await HttpJson.ReadAsync(context) is not JsonObject body)
        {
            await HttpJson.WriteAsync(context, ApiError.InvalidJson);
            return null;
        }
        if (Validate(body, requireContent) is { } error)
        {
            await HttpJson.WriteAsync(context, error);
            return null;
        }
        return body;
    }

    /// <summary>Null when the body is acceptable, else Discord's error.</summary>
    public static ApiError? Validate(JsonObject body, bool requireContent = true)
    {
        var errors = new FormErrors();
        errors.Length("content", NullIfJsonNull(body["content"]), 0, 2000, required: false);
        var embedCount = 0;
        if (NullIfJsonNull(body["embeds"]) is { } embedsNode)
        {
            if (embedsNode is not JsonArray embeds)
                errors.Add("embeds", "BASE_TYPE_ARRAY", "Value must be an array.");
            else
            {
                embedCount = embeds.Count;
                if (embeds.Count > 10)
                    errors.Add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
                var total = 0;
                for (var i = 0; i < embeds.Count; i++)
                    total += ValidateEmbed(embeds[i], i, errors);
                if (total > 6000)
                    errors.Add("embeds", "MESSAGE_EMBEDS_TOO_LONG", "Embed size exceeds maximum size of 6000");
            }
        }
        if (NullIfJsonNull(body["components"]) is { } components)
            ComponentValidator.ValidateMessage(components, errors);
        ValidateAllowedMentions(NullIfJsonNull(body["allowed_mentions"]), errors);
        ValidateNonce(NullIfJsonNull(body["nonce"]), errors);
        if (errors.Any)
            return ApiError.Form(errors);
        var hasContent = body["content"] is JsonValue c && JsonStringLength.TryGet(c, out var contentLength) && contentLength > 0;
        var hasComponents = body["components"] is JsonArray { Count: > 0 };
        var hasOther = body["sticker_ids"] is JsonArray { Count: > 0 } || body["poll"] is JsonObject || body["attachments"] is JsonArray { Count: > 0 };
        return requireContent && !hasContent && embedCount == 0 && !hasComponents && !hasOther ? ApiError.EmptyMessage : null;
    }

    public static JsonNode? NullIfJsonNull(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Null ? null : node;

    private static int ValidateEmbed(JsonNode? node, int index, FormErrors errors)
    {
        var path = new EmbedPath(index);
        if (node is not JsonObject embed)
        {
            errors.Add(path.Of(null), "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
            return 0;
        }
        var total = 0;
        total += Text(embed["title"], path, "title", 256, errors);
        total += Text(embed["description"], path, "description", 4096, errors);
        if (embed["footer"] is JsonObject footer)
            total += Text(footer["text"], path, "footer.text", 2048, errors, required: true);
        if (embed["author"] is JsonObject author)
            total += Text(author["name"], path, "author.name", 256, errors, required: true);
        if (NullIfJsonNull(embed["fields"]) is JsonArray fields)
        {
            if (fields.Count > 25)
                errors.Add(path.Of("fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] is not JsonObject field)
                    continue;
                total += Text(field["name"], path with { Field = i }, "name", 256, errors, required: true);
                total += Text(field["value"], path with { Field = i }, "value", 1024, errors, required: true);
            }
        }
        return total;
    }

    /// <summary>Where in embeds a value sits; the path text is made only for an error.</summary>
    private readonly record struct EmbedPath(int Embed, int Field = -1)
    {
        public string Of(string? leaf)
        {
            var prefix = Field < 0 ? $"embeds.{Embed}" : $"embeds.{Embed}.fields.{Field}";
            return leaf is null ? prefix : $"{prefix}.{leaf}";
        }
    }

    /// <summary>Checks a text's length (an error names its path); returns the length that counts towards the embed total.</summary>
    private static int Text(JsonNode? node, EmbedPath path, string leaf, int max, FormErrors errors, bool required = false)
    {
        node = NullIfJsonNull(node);
        int? length = node is JsonValue v && JsonStringLength.TryGet(v, out var counted) ? counted : null;
        var min = required ? 1 : 0;
        var acceptable = node is null ? !required : length >= min && length <= max;
        if (!acceptable)
            errors.Length(path.Of(leaf), node, min, max, required);
        return length ?? 0;
    }

    private static void ValidateAllowedMentions(JsonNode? node, FormErrors errors)
    {
        if (node is null)
            return;
        if (node is not JsonObject mentions)
        {
            errors.Add("allowed_mentions", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
            return;
        }
        var parse = new List<string>();
        if (NullIfJsonNull(mentions["parse"]) is { } parseNode)
        {
            if (parseNode is not JsonArray parseArray)
                errors.Add("allowed_mentions.parse", "BASE_TYPE_ARRAY", "Value must be an array.");
            else
            {
                for (var i = 0; i < parseArray.Count; i++)
                {
                    if (parseArray[i] is JsonValue v && v.TryGetValue<string>(out var text) && ParseValues.Contains(text))
                        parse.Add(text);
                    else
                        errors.Add($"allowed_mentions.parse.{i}", "BASE_TYPE_CHOICES", "Value must be one of ('users', 'roles', 'everyone').");
                }
            }
        }
        foreach (var kind in MentionLists)
        {
            if (NullIfJsonNull(mentions[kind]) is not { } listNode)
                continue;
            if (listNode is not JsonArray list)
            {
                errors.Add($"allowed_mentions.{kind}", "BASE_TYPE_ARRAY", "Value must be an array.");
                continue;
            }
            if (list.Count > 100)
                errors.Add($"allowed_mentions.{kind}", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
            if (parse.Contains(kind))
                errors.Add($"allowed_mentions.{kind}", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    $"parse:[\"{kind}\"] and {kind}: [ids...] are mutually exclusive.");
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JsonValue v || !v.TryGetValue<string>(out var id) || !Wire.WireFormat.TryParseId(id, out _))
                    errors.Add($"allowed_mentions.{kind}.{i}", "NUMBER_TYPE_COERCE", "Value is not snowflake.");
            }
        }
    }

    private static void ValidateNonce(JsonNode? node, FormErrors errors)
    {
        if (node is null)
            return;
        if (node is JsonValue v && v.TryGetValue<string>(out var text))
        {
            if (text.Length > 25)
                errors.Add("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
            return;
        }
        if (node is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.TryGetValue<long>(out _))
            return;
        errors.Add("nonce", "BASE_TYPE_STRING", "Nonce must be an integer or a string.");
    }
}
