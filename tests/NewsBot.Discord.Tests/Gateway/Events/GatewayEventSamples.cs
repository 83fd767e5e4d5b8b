using System.Text.Json.Nodes;

namespace NewsBot.Discord.Tests.Gateway.Events;

/// <summary>
/// Dispatch data shaped as Discord sends it: the users, roles, channels, members and guilds in them carry every field
/// that Discord's OpenAPI response schemas require (checked by the reader tests), plus the gateway-only fields the
/// gateway documentation adds (READY's session, GUILD_CREATE's members and channels, …).
/// </summary>
internal static class GatewayEventSamples
{
    public const string BotUser = """
        {"id":"900","username":"newsbot","avatar":null,"discriminator":"0","public_flags":0,"flags":0,"bot":true,
         "global_name":null,"primary_guild":null}
        """;

    public const string EveryoneRole = """
        {"id":"100","name":"@everyone","permissions":"2248473465835073","position":0,"color":0,
         "colors":{"primary_color":0,"secondary_color":null,"tertiary_color":null},"hoist":false,"managed":false,
         "mentionable":false,"icon":null,"unicode_emoji":null,"flags":0}
        """;

    public const string BotRole = """
        {"id":"200","name":"NewsBot","permissions":"8","position":1,"color":0,
         "colors":{"primary_color":0,"secondary_color":null,"tertiary_color":null},"hoist":false,"managed":true,
         "mentionable":false,"icon":null,"unicode_emoji":null,"tags":{"bot_id":"900"},"flags":0}
        """;

    public const string AnnouncementsChannel = """
        {"id":"300","type":0,"last_message_id":null,"flags":0,"guild_id":"100","name":"ankündigungen","parent_id":null,
         "rate_limit_per_user":0,"topic":null,"position":1,"nsfw":false,
         "permission_overwrites":[{"id":"100","type":0,"allow":"0","deny":"2048"},{"id":"900","type":1,"allow":"2048","deny":"0"}]}
        """;

    public static readonly string BotMember = $$"""
        {"user":{{BotUser}},"roles":["200"],"joined_at":"2025-01-01T00:00:00.000000+00:00","nick":null,"avatar":null,
         "banner":null,"premium_since":null,"communication_disabled_until":null,"flags":0,"pending":false,"deaf":false,"mute":false}
        """;

    /// <summary>The guild object as REST returns it (GUILD_UPDATE's data).</summary>
    public static readonly string Guild = $$"""
        {"id":"100","name":"Nachrichten","icon":null,"description":null,"home_header":null,"splash":null,"discovery_splash":null,
         "features":[],"banner":null,"owner_id":"1","application_id":null,"region":"deprecated","afk_channel_id":null,
         "afk_timeout":300,"system_channel_id":null,"system_channel_flags":0,"widget_enabled":false,"widget_channel_id":null,
         "verification_level":0,"roles":[{{EveryoneRole}},{{BotRole}}],"default_message_notifications":0,"mfa_level":0,
         "explicit_content_filter":0,"max_presences":null,"max_members":500000,"max_stage_video_channel_users":50,
         "max_video_channel_users":25,"vanity_url_code":null,"premium_tier":0,"premium_subscription_count":0,
         "preferred_locale":"de","rules_channel_id":null,"safety_alerts_channel_id":null,"public_updates_channel_id":null,
         "premium_progress_bar_enabled":false,"premium_progress_bar_enabled_user_updated_at":null,"nsfw":false,"nsfw_level":0,
         "emojis":[],"stickers":[],"incidents_data":null}
        """;

    /// <summary>GUILD_CREATE: the guild plus the gateway's own fields.</summary>
    public static string GuildCreate()
    {
        var guild = JsonNode.Parse(Guild)!.AsObject();
        guild["joined_at"] = "2025-01-01T00:00:00.000000+00:00";
        guild["large"] = false;
        guild["unavailable"] = false;
        guild["member_count"] = 3;
        guild["members"] = new JsonArray(JsonNode.Parse(BotMember));
        guild["channels"] = new JsonArray(JsonNode.Parse(AnnouncementsChannel));
        foreach (var empty in new[] { "threads", "presences", "voice_states", "stage_instances", "guild_scheduled_events", "soundboard_sounds" })
            guild[empty] = new JsonArray();
        return guild.ToJsonString();
    }

    public static readonly string Ready = $$"""
        {"v":10,"user":{{BotUser}},"guilds":[{"id":"100","unavailable":true}],"session_id":"9e3a8c4f2b",
         "resume_gateway_url":"wss://gateway-us-east1-b.discord.gg","shard":[0,1],"application":{"id":"555","flags":8650752},
         "user_settings":{},"relationships":[],"private_channels":[],"presences":[],"guild_join_requests":[],
         "geo_ordered_rtc_regions":["frankfurt"],"auth":{},"_trace":["[\"gateway-prd-1\",{\"micros\":1}]"]}
        """;

    public static readonly string GuildMemberUpdate = $$"""
        {"guild_id":"100","roles":["200","201"],"user":{{BotUser}},"nick":"Nachrichtenbot","avatar":null,"banner":null,
         "joined_at":"2025-01-01T00:00:00.000000+00:00","premium_since":null,"deaf":false,"mute":false,"pending":false,
         "communication_disabled_until":null,"flags":0,"avatar_decoration_data":null}
        """;
}
