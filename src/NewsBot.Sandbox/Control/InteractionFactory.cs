using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Control;

/// <summary>Builds the INTERACTION_CREATE payload for a request, as Discord would send it.</summary>
internal static class InteractionFactory
{
    public static SandboxInteraction Create(SandboxState state, InteractionRequest request, SandboxGuild guild, SandboxChannel channel)
    {
        var userId = request.UserId ?? state.World.Viewer.Id;
        var member = guild.FindMember(userId)
            ?? new SandboxMember(new SandboxUser(userId, request.Username ?? $"user-{userId}"), state.Time.GetUtcNow());
        if (request.Username is { } name && member.User.Username != name)
            member = member with { User = member.User with { Username = name } };
        var permissions = request.Permissions ?? WireFormat.Id(guild.PermissionsIn(member, channel));
        var appPermissions = WireFormat.Id(guild.PermissionsIn(state.World.BotMember(guild), channel));
        var id = state.Ids.Next();
        var token = "sandbox." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(48));
        var command = state.Commands.Find(guild.Id, request.CommandName);
        var data = new JsonObject
        {
            ["id"] = command?["id"]?.DeepClone() ?? WireFormat.Id(state.Ids.Next()),
            ["name"] = request.CommandName,
            ["type"] = 1,
        };
        if (command?["guild_id"] is { } commandGuild)
            data["guild_id"] = commandGuild.DeepClone();
        if (request.Options is { Count: > 0 } options)
        {
            var typed = TypedOptions(options, command?["options"] as JsonArray);
            data["options"] = typed;
            if (Resolved(typed, guild, channel) is { Count: > 0 } resolved)
                data["resolved"] = resolved;
        }

        var memberJson = WorldJson.Member(member);
        memberJson["permissions"] = permissions;
        var channelJson = WorldJson.Channel(channel);
        channelJson["permissions"] = permissions;
        var payload = new JsonObject
        {
            ["id"] = WireFormat.Id(id),
            ["application_id"] = WireFormat.Id(state.World.ApplicationId),
            ["type"] = request.Type,
            ["data"] = data,
            ["guild_id"] = WireFormat.Id(guild.Id),
            ["guild"] = new JsonObject { ["id"] = WireFormat.Id(guild.Id), ["locale"] = guild.PreferredLocale, ["features"] = new JsonArray() },
            ["channel_id"] = WireFormat.Id(channel.Id),
            ["channel"] = channelJson,
            ["member"] = memberJson,
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = appPermissions,
            ["locale"] = request.Locale,
            ["guild_locale"] = guild.PreferredLocale,
            ["entitlements"] = new JsonArray(),
            ["entitlement_sku_ids"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = WireFormat.Id(guild.Id) },
            ["context"] = 0,
            ["attachment_size_limit"] = 10_485_760,
        };
        return new SandboxInteraction(id, token, request.Type, guild.Id, channel.Id, state.Time.GetUtcNow(), payload);
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

    /// <summary>The resolved users, members, roles and channels that USER, CHANNEL, ROLE and MENTIONABLE options name.</summary>
    private static JsonObject Resolved(JsonArray options, SandboxGuild guild, SandboxChannel invokedIn)
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
            if (type is not (6 or 7 or 8 or 9) || !WireFormat.TryParseId(option["value"]?.ToString(), out var id))
                continue;
            var idText = WireFormat.Id(id);
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
