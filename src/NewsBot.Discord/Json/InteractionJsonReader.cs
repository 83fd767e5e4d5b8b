using System.Buffers.Text;
using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Json;

/// <summary>
/// Reads an interaction in one forward pass over its UTF-8. Every interaction is read on the hot path, and the generated
/// metadata reader spent most of its time looking properties up and boxing; the fields every interaction carries are
/// read here by hand, the rare nested objects (resolved data, the message of a component, modal rows) still through the
/// generated context. Same contract as <c>JsonSerializer.Deserialize(…, DiscordJsonContext.Default.Interaction)</c>:
/// snake_case names, unknown fields skipped, plain numbers (not enums) also from strings, a <see cref="JsonException"/> for anything
/// malformed (tests hold the two readers to the same result). Unlike it, a null inside an array (an option, a role, a
/// value, a component) is refused instead of handed on as a null element, and a null name or token reads as empty.
/// </summary>
internal static class InteractionJsonReader
{
    public static Interaction Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            reader.Read();
            var interaction = ReadInteraction(ref reader);
            if (reader.Read())
                throw new JsonException("Unexpected data after the interaction.");
            return interaction;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("An interaction field has the wrong type.", ex);
        }
        catch (FormatException ex)
        {
            throw new JsonException("An interaction number is out of range.", ex);
        }
    }

    private static Interaction ReadInteraction(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader);
        var interaction = new Interaction();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); interaction.Id = ReadSnowflake(ref reader); }
            else if (reader.ValueTextEquals("application_id"u8)) { reader.Read(); interaction.ApplicationId = ReadSnowflake(ref reader); }
            else if (reader.ValueTextEquals("type"u8)) { reader.Read(); interaction.Type = (InteractionType)reader.GetInt32(); }
            else if (reader.ValueTextEquals("data"u8)) { reader.Read(); interaction.Data = IsNull(ref reader) ? null : ReadData(ref reader); }
            else if (reader.ValueTextEquals("guild_id"u8)) { reader.Read(); interaction.GuildId = ReadOptionalSnowflake(ref reader); }
            else if (reader.ValueTextEquals("channel_id"u8)) { reader.Read(); interaction.ChannelId = ReadOptionalSnowflake(ref reader); }
            else if (reader.ValueTextEquals("member"u8)) { reader.Read(); interaction.Member = IsNull(ref reader) ? null : ReadMember(ref reader); }
            else if (reader.ValueTextEquals("user"u8)) { reader.Read(); interaction.User = IsNull(ref reader) ? null : ReadUser(ref reader); }
            else if (reader.ValueTextEquals("token"u8)) { reader.Read(); interaction.Token = ReadString(ref reader) ?? ""; }
            else if (reader.ValueTextEquals("version"u8)) { reader.Read(); interaction.Version = ReadInt(ref reader); }
            else if (reader.ValueTextEquals("app_permissions"u8)) { reader.Read(); interaction.AppPermissions = ReadOptionalPermissions(ref reader); }
            else if (reader.ValueTextEquals("locale"u8)) { reader.Read(); interaction.Locale = ReadString(ref reader); }
            else if (reader.ValueTextEquals("guild_locale"u8)) { reader.Read(); interaction.GuildLocale = ReadString(ref reader); }
            else if (reader.ValueTextEquals("context"u8)) { reader.Read(); interaction.Context = IsNull(ref reader) ? null : ReadInt(ref reader); }
            else if (reader.ValueTextEquals("message"u8)) { reader.Read(); interaction.Message = JsonSerializer.Deserialize(ref reader, DiscordJsonContext.Default.Message); }
            else SkipValue(ref reader);
        }
        return interaction;
    }

    private static InteractionData ReadData(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader);
        var data = new InteractionData();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); data.Id = ReadOptionalSnowflake(ref reader); }
            else if (reader.ValueTextEquals("name"u8)) { reader.Read(); data.Name = ReadString(ref reader); }
            else if (reader.ValueTextEquals("type"u8)) { reader.Read(); data.Type = IsNull(ref reader) ? null : (ApplicationCommandType)reader.GetInt32(); }
            else if (reader.ValueTextEquals("options"u8)) { reader.Read(); data.Options = ReadArray(ref reader, ReadOption); }
            else if (reader.ValueTextEquals("resolved"u8)) { reader.Read(); data.Resolved = JsonSerializer.Deserialize(ref reader, DiscordJsonContext.Default.ResolvedData); }
            else if (reader.ValueTextEquals("guild_id"u8)) { reader.Read(); data.GuildId = ReadOptionalSnowflake(ref reader); }
            else if (reader.ValueTextEquals("custom_id"u8)) { reader.Read(); data.CustomId = ReadString(ref reader); }
            else if (reader.ValueTextEquals("component_type"u8)) { reader.Read(); data.ComponentType = IsNull(ref reader) ? null : (ComponentType)reader.GetInt32(); }
            else if (reader.ValueTextEquals("values"u8)) { reader.Read(); data.Values = ReadArray(ref reader, ReadValueString); }
            else if (reader.ValueTextEquals("components"u8)) { reader.Read(); data.Components = ReadArray(ref reader, ReadComponent); }
            else SkipValue(ref reader);
        }
        return data;
    }

    private static InteractionDataOption ReadOption(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader);
        var option = new InteractionDataOption();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8)) { reader.Read(); option.Name = ReadString(ref reader) ?? ""; }
            else if (reader.ValueTextEquals("type"u8)) { reader.Read(); option.Type = (ApplicationCommandOptionType)reader.GetInt32(); }
            else if (reader.ValueTextEquals("value"u8)) { reader.Read(); option.Value = IsNull(ref reader) ? null : JsonElement.ParseValue(ref reader); }
            else if (reader.ValueTextEquals("options"u8)) { reader.Read(); option.Options = ReadArray(ref reader, ReadOption); }
            else if (reader.ValueTextEquals("focused"u8)) { reader.Read(); option.Focused = IsNull(ref reader) ? null : reader.GetBoolean(); }
            else SkipValue(ref reader);
        }
        return option;
    }

    private static GuildMember ReadMember(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader);
        var member = new GuildMember();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("user"u8)) { reader.Read(); member.User = IsNull(ref reader) ? null : ReadUser(ref reader); }
            else if (reader.ValueTextEquals("nick"u8)) { reader.Read(); member.Nick = ReadString(ref reader); }
            else if (reader.ValueTextEquals("roles"u8)) { reader.Read(); member.Roles = ReadArray(ref reader, ReadSnowflake) ?? []; }
            else if (reader.ValueTextEquals("joined_at"u8)) { reader.Read(); member.JoinedAt = IsNull(ref reader) ? null : ReadTime(ref reader); }
            else if (reader.ValueTextEquals("permissions"u8)) { reader.Read(); member.Permissions = ReadOptionalPermissions(ref reader); }
            else SkipValue(ref reader);
        }
        return member;
    }

    private static User ReadUser(ref Utf8JsonReader reader)
    {
        ExpectObject(ref reader);
        var user = new User();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); user.Id = ReadSnowflake(ref reader); }
            else if (reader.ValueTextEquals("username"u8)) { reader.Read(); user.Username = ReadString(ref reader) ?? ""; }
            else if (reader.ValueTextEquals("discriminator"u8)) { reader.Read(); user.Discriminator = ReadString(ref reader); }
            else if (reader.ValueTextEquals("global_name"u8)) { reader.Read(); user.GlobalName = ReadString(ref reader); }
            else if (reader.ValueTextEquals("avatar"u8)) { reader.Read(); user.Avatar = ReadString(ref reader); }
            else if (reader.ValueTextEquals("bot"u8)) { reader.Read(); user.Bot = IsNull(ref reader) ? null : reader.GetBoolean(); }
            else SkipValue(ref reader);
        }
        return user;
    }

    private delegate T ReadItem<T>(ref Utf8JsonReader reader);

    /// <summary>An array of items (null for null); a null item is refused, not handed on.</summary>
    private static List<T>? ReadArray<T>(ref Utf8JsonReader reader, ReadItem<T> item)
    {
        if (IsNull(ref reader))
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("Expected a JSON array.");
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (IsNull(ref reader))
                throw new JsonException("An array item must not be null.");
            items.Add(item(ref reader));
        }
        return items;
    }

    private static string ReadValueString(ref Utf8JsonReader reader) => reader.GetString()!;

    private static Component ReadComponent(ref Utf8JsonReader reader) =>
        JsonSerializer.Deserialize(ref reader, DiscordJsonContext.Default.Component)!;

    /// <summary>The wire format's own readers, shared with the generated context (which applies them through attributes).</summary>
    private static readonly SnowflakeJsonConverter Snowflakes = new();
    private static readonly PermissionsJsonConverter PermissionBits = new();

    private static Snowflake ReadSnowflake(ref Utf8JsonReader reader) =>
        Snowflakes.Read(ref reader, typeof(Snowflake), DiscordJsonContext.Default.Options);

    private static Snowflake? ReadOptionalSnowflake(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null : ReadSnowflake(ref reader);

    private static Permissions? ReadOptionalPermissions(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null : PermissionBits.Read(ref reader, typeof(Permissions), DiscordJsonContext.Default.Options);

    /// <summary>An int from a number or, as the context allows, from a string holding one (enums only from numbers).</summary>
    private static int ReadInt(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out int fromString, out var consumed)
                && consumed == reader.ValueSpan.Length
                ? fromString
                : throw new JsonException("A number in a string must be a plain integer.");
        }
        return reader.GetInt32();
    }

    private static DateTimeOffset ReadTime(ref Utf8JsonReader reader) =>
        reader.TryGetDateTimeOffset(out var time) ? time : throw new JsonException("A time must be an ISO 8601 string.");

    private static string? ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : reader.GetString();

    private static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException("Expected a property name."),
        };
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("Expected a JSON object.");
    }
}
