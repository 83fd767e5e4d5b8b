using System.Text.Json;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Wire;

/// <summary>
/// The user, member and channel objects written straight to UTF-8: the per-interaction paths (INTERACTION_CREATE,
/// messages) use these without building a JsonObject; <see cref="WorldJson"/> parses the same output where a node is wanted.
/// </summary>
internal static class WorldJsonWriter
{
    public static void WriteUser(Utf8JsonWriter writer, SandboxUser user)
    {
        writer.WriteStartObject();
        WireFormat.WriteId(writer, "id"u8, user.Id);
        writer.WriteString("username"u8, user.Username);
        writer.WriteString("discriminator"u8, "0"u8);
        writer.WriteString("global_name"u8, user.GlobalName);
        writer.WriteNull("avatar"u8);
        writer.WriteNumber("public_flags"u8, 0);
        writer.WriteNumber("flags"u8, 0);
        writer.WriteNull("banner"u8);
        writer.WriteNull("accent_color"u8);
        writer.WriteNull("avatar_decoration_data"u8);
        writer.WriteNull("primary_guild"u8);
        if (user.Bot)
            writer.WriteBoolean("bot"u8, true);
        writer.WriteEndObject();
    }

    /// <summary>The member object; <paramref name="permissions"/> (interactions only) comes last, as Discord adds it.</summary>
    public static void WriteMember(Utf8JsonWriter writer, SandboxMember member, bool withUser = true, string? permissions = null)
    {
        writer.WriteStartObject();
        writer.WriteString("nick"u8, member.Nick);
        writer.WriteNull("avatar"u8);
        writer.WriteNull("banner"u8);
        writer.WriteStartArray("roles"u8);
        foreach (var id in member.RoleIds)
            WriteIdValue(writer, id);
        writer.WriteEndArray();
        WireFormat.WriteTimestamp(writer, "joined_at"u8, member.JoinedAt);
        writer.WriteNull("premium_since"u8);
        writer.WriteBoolean("deaf"u8, false);
        writer.WriteBoolean("mute"u8, false);
        writer.WriteNumber("flags"u8, 0);
        writer.WriteBoolean("pending"u8, false);
        writer.WriteNull("communication_disabled_until"u8);
        if (withUser)
        {
            writer.WritePropertyName("user"u8);
            WriteUser(writer, member.User);
        }
        if (permissions is not null)
            writer.WriteString("permissions"u8, permissions);
        writer.WriteEndObject();
    }

    /// <summary>The channel object; <paramref name="permissions"/> (interactions only) comes last.</summary>
    public static void WriteChannel(Utf8JsonWriter writer, SandboxChannel channel, string? permissions = null)
    {
        writer.WriteStartObject();
        WireFormat.WriteId(writer, "id"u8, channel.Id);
        writer.WriteNumber("type"u8, channel.Type);
        WireFormat.WriteId(writer, "guild_id"u8, channel.GuildId);
        writer.WriteString("name"u8, channel.Name);
        writer.WriteNumber("position"u8, channel.Position);
        writer.WriteStartArray("permission_overwrites"u8);
        foreach (var o in channel.Overwrites)
        {
            writer.WriteStartObject();
            WireFormat.WriteId(writer, "id"u8, o.Id);
            writer.WriteNumber("type"u8, o.Type);
            WireFormat.WriteId(writer, "allow"u8, o.Allow);
            WireFormat.WriteId(writer, "deny"u8, o.Deny);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (channel.ParentId is { } parent)
            WireFormat.WriteId(writer, "parent_id"u8, parent);
        else
            writer.WriteNull("parent_id"u8);
        writer.WriteString("topic"u8, channel.Topic);
        writer.WriteBoolean("nsfw"u8, false);
        writer.WriteNull("last_message_id"u8);
        writer.WriteNumber("rate_limit_per_user"u8, channel.RateLimitPerUser);
        writer.WriteNumber("flags"u8, 0);
        if (channel.IsThread)
            WriteThreadFields(writer, channel);
        if (permissions is not null)
            writer.WriteString("permissions"u8, permissions);
        writer.WriteEndObject();
    }

    /// <summary>What a thread adds to a channel object: its owner, counts and thread_metadata.</summary>
    private static void WriteThreadFields(Utf8JsonWriter writer, SandboxChannel thread)
    {
        WireFormat.WriteId(writer, "owner_id"u8, thread.OwnerId ?? 0);
        writer.WriteNumber("message_count"u8, thread.MessageCount);
        writer.WriteNumber("total_message_sent"u8, thread.MessageCount);
        writer.WriteNumber("member_count"u8, 1);
        writer.WriteStartObject("thread_metadata"u8);
        writer.WriteBoolean("archived"u8, false);
        writer.WriteNumber("auto_archive_duration"u8, thread.AutoArchiveDuration);
        var created = thread.CreatedAt ?? DateTimeOffset.UnixEpoch;
        WireFormat.WriteTimestamp(writer, "archive_timestamp"u8, created);
        writer.WriteBoolean("locked"u8, false);
        WireFormat.WriteTimestamp(writer, "create_timestamp"u8, created);
        writer.WriteEndObject();
    }

    private static void WriteIdValue(Utf8JsonWriter writer, ulong id)
    {
        Span<byte> digits = stackalloc byte[20];
        id.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(digits[..length]);
    }
}
