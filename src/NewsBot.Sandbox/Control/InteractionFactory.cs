using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Attachments;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Control;

/// <summary>Builds the INTERACTION_CREATE payload for a request, as Discord would send it.</summary>
internal static class InteractionFactory
{
    /// <summary>The interaction to keep, and its INTERACTION_CREATE payload as UTF-8 (not kept: only the dispatch needs it).</summary>
    public static (SandboxInteraction Interaction, byte[] Payload) Create(SandboxState state, InteractionRequest request, SandboxGuild guild, SandboxChannel channel)
    {
        var member = Member(state, guild, request.UserId, request.Username);
        var permissions = request.Permissions ?? WireFormat.Id(guild.PermissionsIn(member, channel));
        var appPermissions = WireFormat.Id(guild.PermissionsIn(state.World.BotMember(guild), channel));
        var id = state.Ids.Next();
        var hasOptions = request.Options is { Count: > 0 };
        var command = state.Commands.Find(guild.Id, request.CommandName, withOptions: hasOptions);
        JsonArray? options = null;
        JsonObject? resolved = null;
        if (hasOptions)
        {
            options = TypedOptions(request.Options!, command?.Options);
            resolved = Resolved(state, options, guild, channel) is { Count: > 0 } found ? found : null;
        }
        var invocation = new Invocation(state, request.Type, request.Locale, guild, channel, member, id, InteractionToken.Next(), request.CommandName,
            command, options, resolved, permissions, appPermissions, Data: null, Message: null);
        var payload = Utf8Json.Write(invocation, WritePayload);
        return (new SandboxInteraction(id, invocation.Token, request.Type, guild.Id, channel.Id, state.Time.GetUtcNow(),
            member.User, request.CommandName), payload);
    }

    /// <summary>
    /// A component or modal-submit interaction (type 3 or 5) with its <paramref name="data"/>, carrying the
    /// <paramref name="message"/> the component is on (as the bot would get it) when there is one.
    /// </summary>
    public static (SandboxInteraction Interaction, byte[] Payload) CreateFromMember(
        SandboxState state, int type, string customId, JsonObject data, JsonObject? message, MessageRef? source, SandboxInteraction? modalOf,
        SandboxGuild guild, SandboxChannel channel, ulong? userId, string? username, string locale, string? permissionsOverride)
    {
        var member = Member(state, guild, userId, username);
        var permissions = permissionsOverride ?? WireFormat.Id(guild.PermissionsIn(member, channel));
        var appPermissions = WireFormat.Id(guild.PermissionsIn(state.World.BotMember(guild), channel));
        var id = state.Ids.Next();
        var invocation = new Invocation(state, type, locale, guild, channel, member, id, InteractionToken.Next(), customId,
            Command: null, Options: null, Resolved: null, permissions, appPermissions, data, message);
        var payload = Utf8Json.Write(invocation, WritePayload);
        var interaction = new SandboxInteraction(id, invocation.Token, type, guild.Id, channel.Id, state.Time.GetUtcNow(), member.User, customId)
        {
            SourceMessage = source,
            ModalOf = modalOf,
        };
        return (interaction, payload);
    }

    /// <summary>The guild's member, or a stand-in for a user who is not one; <paramref name="username"/> renames it.</summary>
    internal static SandboxMember Member(SandboxState state, SandboxGuild guild, ulong? userId, string? username)
    {
        var id = userId ?? state.World.Viewer.Id;
        var member = guild.FindMember(id) ?? new SandboxMember(new SandboxUser(id, username ?? $"user-{id}"), state.Time.GetUtcNow());
        if (username is { } name && member.User.Username != name)
            member = member with { User = member.User with { Username = name } };
        return member;
    }

    /// <summary>Everything the INTERACTION_CREATE payload is written from; <see cref="Data"/> replaces a command's data.</summary>
    private sealed record Invocation(SandboxState State, int Type, string Locale, SandboxGuild Guild, SandboxChannel Channel,
        SandboxMember Member, ulong Id, string Token, string CommandName, RegisteredCommand? Command, JsonArray? Options, JsonObject? Resolved,
        string Permissions, string AppPermissions, JsonObject? Data, JsonObject? Message);

    /// <summary>The interaction object as Discord sends it in INTERACTION_CREATE, written straight to UTF-8.</summary>
    private static void WritePayload(Utf8JsonWriter writer, Invocation i)
    {
        writer.WriteStartObject();
        WireFormat.WriteId(writer, "id"u8, i.Id);
        WireFormat.WriteId(writer, "application_id"u8, i.State.World.ApplicationId);
        writer.WriteNumber("type"u8, i.Type);
        if (i.Data is { } data)
        {
            writer.WritePropertyName("data"u8);
            data.WriteTo(writer);
        }
        else
            WriteCommandData(writer, i);
        if (i.Message is { } message)
        {
            writer.WritePropertyName("message"u8);
            message.WriteTo(writer);
        }
        WriteContext(writer, i);
        writer.WriteEndObject();
    }

    private static void WriteCommandData(Utf8JsonWriter writer, Invocation i)
    {
        writer.WriteStartObject("data"u8);
        if (i.Command is { } command)
            writer.WriteString("id"u8, command.Id);
        else
            WireFormat.WriteId(writer, "id"u8, i.State.Ids.Next());
        writer.WriteString("name"u8, i.CommandName);
        writer.WriteNumber("type"u8, 1);
        if (i.Command?.GuildId is { } commandGuild)
            writer.WriteString("guild_id"u8, commandGuild);
        if (i.Options is { } options)
        {
            writer.WritePropertyName("options"u8);
            options.WriteTo(writer);
        }
        if (i.Resolved is { } resolved)
        {
            writer.WritePropertyName("resolved"u8);
            resolved.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>Where and by whom: guild, channel, member, token, permissions, locales.</summary>
    private static void WriteContext(Utf8JsonWriter writer, Invocation i)
    {
        WireFormat.WriteId(writer, "guild_id"u8, i.Guild.Id);
        writer.WriteStartObject("guild"u8);
        WireFormat.WriteId(writer, "id"u8, i.Guild.Id);
        writer.WriteString("locale"u8, i.Guild.PreferredLocale);
        writer.WriteStartArray("features"u8);
        writer.WriteEndArray();
        writer.WriteEndObject();
        WireFormat.WriteId(writer, "channel_id"u8, i.Channel.Id);
        writer.WritePropertyName("channel"u8);
        WorldJsonWriter.WriteChannel(writer, i.Channel, i.Permissions);
        writer.WritePropertyName("member"u8);
        WorldJsonWriter.WriteMember(writer, i.Member, withUser: true, i.Permissions);
        writer.WriteString("token"u8, i.Token);
        writer.WriteNumber("version"u8, 1);
        writer.WriteString("app_permissions"u8, i.AppPermissions);
        writer.WriteString("locale"u8, i.Locale);
        writer.WriteString("guild_locale"u8, i.Guild.PreferredLocale);
        writer.WriteStartArray("entitlements"u8);
        writer.WriteEndArray();
        writer.WriteStartArray("entitlement_sku_ids"u8);
        writer.WriteEndArray();
        writer.WriteStartObject("authorizing_integration_owners"u8);
        WireFormat.WriteId(writer, "0"u8, i.Guild.Id);
        writer.WriteEndObject();
        writer.WriteNumber("context"u8, 0);
        writer.WriteNumber("attachment_size_limit"u8, i.State.Options.MaxAttachmentSize);
    }

    private static JsonArray TypedOptions(JsonArray options, JsonArray? declared)
    {
        var result = new JsonArray();
        foreach (var node in options.OfType<JsonObject>())
        {
            var option = (JsonObject)node.DeepClone();
            var name = option["name"]?.ToString();
            var match = declared?.OfType<JsonObject>().FirstOrDefault(d => d["name"]?.ToString() == name);
            if (option["type"] is null)
                option["type"] = match?["type"]?.DeepClone() ?? InferType(option["value"]);
            if (option["options"] is JsonArray nested)
                option["options"] = TypedOptions(nested, match?["options"] as JsonArray);
            result.Add((JsonNode)option);
        }
        return result;
    }

    /// <summary>The resolved users, members, roles, channels and attachments that USER, CHANNEL, ROLE, MENTIONABLE and ATTACHMENT options name.</summary>
    private static JsonObject Resolved(SandboxState state, JsonArray options, SandboxGuild guild, SandboxChannel invokedIn)
    {
        var resolved = new JsonObject();
        void Put(string kind, string id, JsonNode value)
        {
            if (resolved[kind] is not JsonObject map)
                resolved[kind] = map = [];
            map[id] = value;
        }
        foreach (var option in Flatten(options))
        {
            var type = option["type"] is JsonValue t && t.TryGetValue<int>(out var ti) ? ti : 0;
            if (type is not (6 or 7 or 8 or 9 or 11) || !WireFormat.TryParseId(option["value"]?.ToString(), out var id))
                continue;
            var idText = WireFormat.Id(id);
            if (type == 11 && state.Attachments.Find(id) is { } file)
                Put("attachments", idText, AttachmentJson.Of(state, file));
            if (type is 6 or 9 && guild.FindMember(id) is { } member)
            {
                Put("users", idText, WorldJson.User(member.User));
                var memberJson = WorldJson.Member(member, withUser: false);
                memberJson["permissions"] = WireFormat.Id(guild.PermissionsIn(member, invokedIn));
                Put("members", idText, memberJson);
            }
            if (type is 8 or 9 && guild.Roles.FirstOrDefault(r => r.Id == id) is { } role)
                Put("roles", idText, WorldJson.Role(role));
            if (type == 7 && guild.Channels.FirstOrDefault(c => c.Id == id) is { } target)
            {
                var channelJson = WorldJson.Channel(target);
                channelJson["permissions"] = WireFormat.Id(SandboxPermissions.All);
                Put("channels", idText, channelJson);
            }
        }
        return resolved;
    }

    private static IEnumerable<JsonObject> Flatten(JsonArray options)
    {
        foreach (var option in options.OfType<JsonObject>())
        {
            yield return option;
            if (option["options"] is JsonArray nested)
            {
                foreach (var inner in Flatten(nested))
                    yield return inner;
            }
        }
    }

    private static int InferType(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => 5,
        JsonValueKind.Number when value.AsValue().TryGetValue<long>(out _) => 4,
        JsonValueKind.Number => 10,
        null => 1,
        _ => 3,
    };
}
