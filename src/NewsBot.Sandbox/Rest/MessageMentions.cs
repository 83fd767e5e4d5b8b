using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// mentions, mention_roles and mention_everyone of a message as Discord fills them: what the content names, as far
/// as allowed_mentions (absent: everything) and the guild (mentionable roles, or the bot's Mention Everyone) permit.
/// </summary>
internal sealed partial record MessageMentions(IReadOnlyList<string> RoleIds, IReadOnlyList<SandboxUser> Users, bool Everyone)
{
    private static readonly MessageMentions None = new([], [], false);

    public static MessageMentions Resolve(SandboxState state, string content, ulong? guildId, JsonObject? allowed)
    {
        if (content.Length == 0 || (!content.Contains('<', StringComparison.Ordinal) && !content.Contains('@', StringComparison.Ordinal)))
            return None;
        var parse = allowed is null
            ? ["users", "roles", "everyone"]
            : (allowed["parse"] as JsonArray)?.Select(p => p?.ToString() ?? "").ToList() ?? [];
        var allowedRoles = (allowed?["roles"] as JsonArray)?.Select(r => r?.ToString() ?? "").ToHashSet() ?? [];
        var allowedUsers = (allowed?["users"] as JsonArray)?.Select(r => r?.ToString() ?? "").ToHashSet() ?? [];
        var guild = guildId is { } g ? state.World.FindGuild(g) : null;
        var botCanMentionAll = guild is not null
            && (guild.BasePermissions(state.World.BotMember(guild)) & SandboxPermissions.MentionEveryone) != 0;
        var roles = new List<string>();
        foreach (Match m in RoleMention().Matches(content))
        {
            var id = m.Groups[1].Value;
            var role = guild?.Roles.FirstOrDefault(r => WireFormat.Id(r.Id) == id);
            if (role is null || roles.Contains(id))
                continue;
            var permitted = parse.Contains("roles") || allowedRoles.Contains(id);
            if (permitted && (role.Mentionable || botCanMentionAll))
                roles.Add(id);
        }
        var users = new List<SandboxUser>();
        foreach (Match m in UserMention().Matches(content))
        {
            var id = m.Groups[1].Value;
            var member = guild?.Members.FirstOrDefault(x => WireFormat.Id(x.User.Id) == id);
            if (member is null || users.Any(u => WireFormat.Id(u.Id) == id))
                continue;
            if (parse.Contains("users") || allowedUsers.Contains(id))
                users.Add(member.User);
        }
        var everyone = parse.Contains("everyone") && botCanMentionAll
            && (content.Contains("@everyone", StringComparison.Ordinal) || content.Contains("@here", StringComparison.Ordinal));
        return new MessageMentions(roles, users, everyone);
    }

    /// <summary>Sets the three fields on a message tree (edits).</summary>
    public void ApplyTo(JsonObject message)
    {
        message["mention_roles"] = new JsonArray([.. RoleIds.Select(id => (JsonNode)id)]);
        message["mentions"] = new JsonArray([.. Users.Select(u => (JsonNode)WorldJson.User(u))]);
        message["mention_everyone"] = Everyone;
    }

    public void WriteMentions(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("mentions"u8);
        foreach (var user in Users)
            WorldJsonWriter.WriteUser(writer, user);
        writer.WriteEndArray();
    }

    public void WriteMentionRoles(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("mention_roles"u8);
        foreach (var id in RoleIds)
            writer.WriteStringValue(id);
        writer.WriteEndArray();
    }

    [GeneratedRegex(@"<@&(\d+)>")]
    private static partial Regex RoleMention();

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex UserMention();
}
