using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;

namespace NewsBot.Sandbox.Rest;

/// <summary>Builds message objects as Discord returns them.</summary>
internal static class MessageFactory
{
    private static readonly string[] Copied = ["content", "embeds", "components", "flags", "nonce", "attachments", "poll"];

    public static JsonObject Create(SandboxState state, ulong channelId, ulong? guildId, JsonObject body, int type = 0, ulong? webhookId = null)
    {
        var id = state.Ids.Next();
        var message = new JsonObject
        {
            ["id"] = WireFormat.Id(id),
            ["type"] = type,
            ["channel_id"] = WireFormat.Id(channelId),
            ["author"] = WorldJson.User(state.World.BotUser),
            ["content"] = "",
            ["timestamp"] = WireFormat.Timestamp(state.Time.GetUtcNow()),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["flags"] = 0,
            ["components"] = new JsonArray(),
        };
        if (guildId is { } g)
            message["guild_id"] = WireFormat.Id(g);
        if (webhookId is { } w)
        {
            message["webhook_id"] = WireFormat.Id(w);
            message["application_id"] = WireFormat.Id(state.World.ApplicationId);
        }
        Apply(message, body);
        ResolveMentions(state, message, guildId, MessageValidator.NullIfJsonNull(body["allowed_mentions"]) as JsonObject);
        if (body["allowed_mentions"] is JsonObject mentions)
            message[SandboxAllowedMentions] = mentions.DeepClone();
        return message;
    }

    /// <summary>The key under which the control API shows the allowed_mentions the bot sent (never sent to bots).</summary>
    public const string SandboxAllowedMentions = "sandbox_allowed_mentions";

    /// <summary>The message as Discord would return it to the bot.</summary>
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
        var parse = allowed is null
            ? ["users", "roles", "everyone"]
            : (allowed["parse"] as JsonArray)?.Select(p => p?.ToString() ?? "").ToList() ?? [];
        var allowedRoles = (allowed?["roles"] as JsonArray)?.Select(r => r?.ToString() ?? "").ToHashSet() ?? [];
        var allowedUsers = (allowed?["users"] as JsonArray)?.Select(r => r?.ToString() ?? "").ToHashSet() ?? [];
        var guild = guildId is { } g ? state.World.FindGuild(g) : null;
        var botCanMentionAll = guild is not null
            && (guild.BasePermissions(state.World.BotMember(guild)) & World.SandboxPermissions.MentionEveryone) != 0;
        var roles = new JsonArray();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(content, @"<@&(\d+)>"))
        {
            var id = m.Groups[1].Value;
            var role = guild?.Roles.FirstOrDefault(r => WireFormat.Id(r.Id) == id);
            if (role is null || roles.Any(r => r?.ToString() == id))
                continue;
            var permitted = parse.Contains("roles") || allowedRoles.Contains(id);
            if (permitted && (role.Mentionable || botCanMentionAll))
                roles.Add((JsonNode)JsonValue.Create(id));
        }
        var users = new JsonArray();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(content, @"<@!?(\d+)>"))
        {
            var id = m.Groups[1].Value;
            var member = guild?.Members.FirstOrDefault(x => WireFormat.Id(x.User.Id) == id);
            if (member is null || users.Any(u => (u as JsonObject)?["id"]?.ToString() == id))
                continue;
            if (parse.Contains("users") || allowedUsers.Contains(id))
                users.Add((JsonNode)WorldJson.User(member.User));
        }
        message["mention_roles"] = roles;
        message["mentions"] = users;
        message["mention_everyone"] = parse.Contains("everyone") && botCanMentionAll
            && (content.Contains("@everyone", StringComparison.Ordinal) || content.Contains("@here", StringComparison.Ordinal));
    }

    /// <summary>Copies the editable fields of a create or edit body onto a message.</summary>
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
        {
            foreach (var embed in embeds.OfType<JsonObject>())
            {
                embed["type"] ??= "rich";
                foreach (var field in (embed["fields"] as JsonArray)?.OfType<JsonObject>() ?? [])
                    field["inline"] ??= false;
            }
        }
    }

    public static string? NonceText(JsonNode? nonce) => MessageValidator.NullIfJsonNull(nonce) switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<long>(out var l) => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
