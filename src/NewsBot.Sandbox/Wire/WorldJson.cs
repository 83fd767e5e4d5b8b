using System.Text.Json.Nodes;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Wire;

/// <summary>The sandbox world as Discord's JSON objects (user, role, channel, member, guild).</summary>
internal static class WorldJson
{
    public static JsonObject User(SandboxUser user) => Utf8Json.WriteObject(user, WorldJsonWriter.WriteUser);

    public static JsonObject Role(SandboxRole role)
    {
        var json = new JsonObject
        {
            ["id"] = WireFormat.Id(role.Id),
            ["name"] = role.Name,
            ["description"] = null,
            ["color"] = role.Color,
            ["colors"] = new JsonObject { ["primary_color"] = role.Color, ["secondary_color"] = null, ["tertiary_color"] = null },
            ["hoist"] = false,
            ["icon"] = null,
            ["unicode_emoji"] = null,
            ["position"] = role.Position,
            ["permissions"] = WireFormat.Id(role.Permissions),
            ["managed"] = role.Managed,
            ["mentionable"] = role.Mentionable,
            ["flags"] = 0,
        };
        if (role.BotId is { } botId)
            json["tags"] = new JsonObject { ["bot_id"] = WireFormat.Id(botId) };
        return json;
    }

    public static JsonObject Channel(SandboxChannel channel) =>
        Utf8Json.WriteObject(channel, static (writer, c) => WorldJsonWriter.WriteChannel(writer, c));

    public static JsonObject Member(SandboxMember member, bool withUser = true) =>
        Utf8Json.WriteObject((member, withUser), static (writer, m) => WorldJsonWriter.WriteMember(writer, m.member, m.withUser));

    public static JsonArray Roles(SandboxGuild guild) => [.. guild.Roles.Select(r => (JsonNode)Role(r))];

    public static JsonArray Channels(SandboxGuild guild) => [.. guild.Channels.Select(c => (JsonNode)Channel(c))];

    /// <summary>The guild object as REST returns it.</summary>
    public static JsonObject Guild(SandboxGuild guild)
    {
        var general = guild.Channels.FirstOrDefault();
        return new JsonObject
        {
            ["id"] = WireFormat.Id(guild.Id),
            ["name"] = guild.Name,
            ["icon"] = null,
            ["icon_hash"] = null,
            ["splash"] = null,
            ["discovery_splash"] = null,
            ["owner_id"] = WireFormat.Id(guild.OwnerId),
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["widget_enabled"] = false,
            ["verification_level"] = 0,
            ["default_message_notifications"] = 1,
            ["explicit_content_filter"] = 0,
            ["roles"] = Roles(guild),
            ["emojis"] = new JsonArray(),
            ["features"] = new JsonArray(),
            ["mfa_level"] = 0,
            ["application_id"] = null,
            ["system_channel_id"] = general is null ? null : WireFormat.Id(general.Id),
            ["system_channel_flags"] = 0,
            ["rules_channel_id"] = null,
            ["max_presences"] = null,
            ["max_members"] = 500000,
            ["vanity_url_code"] = null,
            ["description"] = null,
            ["banner"] = null,
            ["premium_tier"] = 0,
            ["premium_subscription_count"] = 0,
            ["preferred_locale"] = guild.PreferredLocale,
            ["public_updates_channel_id"] = null,
            ["max_video_channel_users"] = 25,
            ["max_stage_video_channel_users"] = 50,
            ["nsfw_level"] = 0,
            ["stickers"] = new JsonArray(),
            ["premium_progress_bar_enabled"] = false,
            ["safety_alerts_channel_id"] = null,
            ["region"] = "deprecated",
        };
    }

    /// <summary>The GUILD_CREATE payload: the guild plus the gateway-only fields.</summary>
    public static JsonObject GuildCreate(SandboxGuild guild, DateTimeOffset joinedAt, JsonArray scheduledEvents)
    {
        var json = Guild(guild);
        json["joined_at"] = WireFormat.Timestamp(joinedAt);
        json["large"] = false;
        json["unavailable"] = false;
        json["member_count"] = guild.Members.Count;
        json["voice_states"] = new JsonArray();
        json["members"] = new JsonArray([.. guild.Members.Select(m => (JsonNode)Member(m))]);
        json["channels"] = Channels(guild);
        json["threads"] = new JsonArray([.. guild.Threads.Values.OrderBy(t => t.Id).Select(t => (JsonNode)Channel(t))]);
        json["presences"] = new JsonArray();
        json["stage_instances"] = new JsonArray();
        json["guild_scheduled_events"] = scheduledEvents;
        json["soundboard_sounds"] = new JsonArray();
        json["lazy"] = true;
        return json;
    }
}
