using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>Registered application commands: global and per guild; ids stay stable across overwrites.</summary>
internal sealed class CommandStore(SnowflakeGenerator ids, ulong applicationId)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, JsonArray> _scopes = [];

    /// <summary>
    /// Each scope's commands by name (the first of a name in the list), with what an invocation needs of them: every
    /// interaction looks its command up, and searching the JSON list read every stored name again.
    /// </summary>
    private readonly Dictionary<(ulong Scope, string Name), (RegisteredCommand Bare, JsonArray? Options)> _byName = [];

    /// <summary>Scope 0 is global.</summary>
    public JsonArray List(ulong scope)
    {
        lock (_lock)
            return _scopes.TryGetValue(scope, out var list) ? (JsonArray)list.DeepClone() : [];
    }

    public IReadOnlyDictionary<ulong, JsonArray> All()
    {
        lock (_lock)
            return _scopes.ToDictionary(p => p.Key, p => (JsonArray)p.Value.DeepClone());
    }

    public JsonArray Overwrite(ulong scope, JsonArray commands)
    {
        lock (_lock)
        {
            var old = _scopes.TryGetValue(scope, out var existing) ? existing : [];
            var result = new JsonArray();
            foreach (var node in commands)
            {
                var input = (JsonObject)node!;
                var type = input["type"] is JsonValue t && t.TryGetValue<int>(out var ti) ? ti : 1;
                var name = input["name"]!.GetValue<string>();
                var previous = old.OfType<JsonObject>().FirstOrDefault(c =>
                    c["name"]!.GetValue<string>() == name && c["type"]!.GetValue<int>() == type);
                result.Add((JsonNode)Normalize(input, scope, type, previous));
            }
            _scopes[scope] = result;
            IndexByName(scope, result);
            return (JsonArray)result.DeepClone();
        }
    }

    /// <summary>
    /// What an invocation needs of a command found by name, guild commands first: its id, its guild and (when
    /// <paramref name="withOptions"/>) a copy of its declared options. Copies no more than that of the stored command.
    /// </summary>
    public RegisteredCommand? Find(ulong guildId, string name, bool withOptions)
    {
        lock (_lock)
        {
            if (!_byName.TryGetValue((guildId, name), out var hit) && !_byName.TryGetValue((0UL, name), out hit))
                return null;
            return withOptions ? hit.Bare with { Options = hit.Options?.DeepClone() as JsonArray } : hit.Bare;
        }
    }

    /// <summary>Under the lock: replaces the scope's entries in the name index with those of <paramref name="commands"/>.</summary>
    private void IndexByName(ulong scope, JsonArray commands)
    {
        foreach (var key in _byName.Keys.Where(k => k.Scope == scope).ToList())
            _byName.Remove(key);
        foreach (var command in commands.OfType<JsonObject>())
        {
            var bare = new RegisteredCommand(command["id"]!.GetValue<string>(), command["guild_id"]?.GetValue<string>(), Options: null);
            _byName.TryAdd((scope, command["name"]!.GetValue<string>()), (bare, command["options"] as JsonArray));
        }
    }

    private JsonObject Normalize(JsonObject input, ulong scope, int type, JsonObject? previous)
    {
        var command = (JsonObject)input.DeepClone();
        var changed = previous is null || !JsonNode.DeepEquals(Strip(previous), Strip(command));
        command["id"] = previous?["id"]?.DeepClone() ?? WireFormat.Id(ids.Next());
        command["application_id"] = WireFormat.Id(applicationId);
        command["version"] = changed ? WireFormat.Id(ids.Next()) : previous!["version"]!.DeepClone();
        command["type"] = type;
        command["description"] ??= "";
        command["default_member_permissions"] ??= null;
        command["nsfw"] ??= false;
        command["contexts"] ??= scope == 0 ? new JsonArray(0, 1, 2) : null;
        command["integration_types"] ??= new JsonArray(0);
        command["dm_permission"] ??= true;
        if (scope != 0)
            command["guild_id"] = WireFormat.Id(scope);
        return command;
    }

    private static JsonObject Strip(JsonObject command)
    {
        var copy = (JsonObject)command.DeepClone();
        foreach (var key in new[] { "id", "application_id", "version", "guild_id" })
            copy.Remove(key);
        return copy;
    }
}
