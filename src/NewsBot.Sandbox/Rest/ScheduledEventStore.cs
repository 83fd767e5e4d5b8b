using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.Wire;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>Guild scheduled events with Discord's rules: names, external location and end, status transitions, the 100-event cap.</summary>
internal sealed class ScheduledEventStore(SnowflakeGenerator ids, TimeProvider time, SandboxWorld world)
{
    public const int MaxActive = 100;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, List<JsonObject>> _byGuild = [];

    public JsonArray List(ulong guildId)
    {
        lock (_lock)
            return _byGuild.TryGetValue(guildId, out var list) ? [.. list.Select(e => e.DeepClone())] : [];
    }

    public JsonObject? Find(ulong guildId, ulong eventId)
    {
        lock (_lock)
            return Get(guildId, eventId)?.DeepClone().AsObject();
    }

    public (JsonObject? Created, ApiError? Error) Create(ulong guildId, JsonObject body)
    {
        var errors = new FormErrors();
        errors.Length("name", body["name"], 1, 100, required: true);
        errors.Length("description", MessageValidator.NullIfJsonNull(body["description"]), 0, 1000, required: false);
        if (Int(body["privacy_level"]) != 2)
            errors.Add("privacy_level", "BASE_TYPE_CHOICES", "Value must be one of {2}.");
        var entityType = Int(body["entity_type"]);
        if (entityType is not (1 or 2 or 3))
            errors.Add("entity_type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}.");
        var start = Time(body["scheduled_start_time"], "scheduled_start_time", errors, required: true);
        var end = Time(body["scheduled_end_time"], "scheduled_end_time", errors, required: false);
        if (start is { } s && s < time.GetUtcNow())
            errors.Add("scheduled_start_time", "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST", "Cannot schedule event in the past.");
        CheckEntity(entityType, body, end, start, errors);
        if (errors.Any)
            return (null, ApiError.Form(errors));
        lock (_lock)
        {
            if (!_byGuild.TryGetValue(guildId, out var list))
                _byGuild[guildId] = list = [];
            if (list.Count(e => Int(e["status"]) is 1 or 2) >= MaxActive)
                return (null, ApiError.Of(400, 30038, "Maximum number of uncompleted guild scheduled events reached (100)"));
            var created = new JsonObject
            {
                ["id"] = WireFormat.Id(ids.Next()),
                ["guild_id"] = WireFormat.Id(guildId),
                ["channel_id"] = MessageValidator.NullIfJsonNull(body["channel_id"])?.DeepClone(),
                ["creator_id"] = WireFormat.Id(world.BotUser.Id),
                ["name"] = body["name"]!.DeepClone(),
                ["description"] = MessageValidator.NullIfJsonNull(body["description"])?.DeepClone(),
                ["scheduled_start_time"] = WireFormat.Timestamp(start!.Value),
                ["scheduled_end_time"] = end is { } e2 ? WireFormat.Timestamp(e2) : null,
                ["privacy_level"] = 2,
                ["status"] = 1,
                ["entity_type"] = entityType,
                ["entity_id"] = null,
                ["entity_metadata"] = entityType == 3 ? new JsonObject { ["location"] = body["entity_metadata"]!["location"]!.DeepClone() } : null,
                ["creator"] = WorldJson.User(world.BotUser),
                ["user_count"] = 0,
                ["image"] = null,
                ["recurrence_rule"] = null,
                ["guild_scheduled_event_exceptions"] = new JsonArray(),
            };
            list.Add(created);
            return (created.DeepClone().AsObject(), null);
        }
    }

    public (JsonObject? Updated, ApiError? Error) Modify(ulong guildId, ulong eventId, JsonObject body)
    {
        lock (_lock)
        {
            var current = Get(guildId, eventId);
            if (current is null)
                return (null, ApiError.UnknownEvent);
            var errors = new FormErrors();
            var status = Int(current["status"]) ?? 1;
            if (status is 3 or 4)
            {
                errors.Add("status", "GUILD_SCHEDULED_EVENT_CANNOT_UPDATE_FINISHED", "Cannot update an event that has completed or been canceled.");
                return (null, ApiError.Form(errors));
            }
            var merged = (JsonObject)current.DeepClone();
            foreach (var (key, value) in body)
                merged[key] = value?.DeepClone();
            if (body.ContainsKey("name"))
                errors.Length("name", body["name"], 1, 100, required: true);
            if (body.ContainsKey("description"))
                errors.Length("description", MessageValidator.NullIfJsonNull(body["description"]), 0, 1000, required: false);
            var newStatus = Int(merged["status"]) ?? status;
            if (newStatus != status && !(status == 1 && newStatus is 2 or 4) && !(status == 2 && newStatus == 3))
                errors.Add("status", "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION", $"Cannot change status from {status} to {newStatus}.");
            var entityType = Int(merged["entity_type"]);
            var start = Time(merged["scheduled_start_time"], "scheduled_start_time", errors, required: true);
            var end = Time(merged["scheduled_end_time"], "scheduled_end_time", errors, required: false);
            if (body.ContainsKey("scheduled_start_time") && start is { } s && s < time.GetUtcNow())
                errors.Add("scheduled_start_time", "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST", "Cannot schedule event in the past.");
            CheckEntity(entityType, merged, end, start, errors);
            if (errors.Any)
                return (null, ApiError.Form(errors));
            foreach (var (key, value) in merged)
            {
                if (key is "id" or "guild_id" or "creator_id" or "creator")
                    continue;
                current[key] = value?.DeepClone();
            }
            current["status"] = newStatus;
            current["scheduled_start_time"] = WireFormat.Timestamp(start!.Value);
            current["scheduled_end_time"] = end is { } e2 ? WireFormat.Timestamp(e2) : null;
            return (current.DeepClone().AsObject(), null);
        }
    }

    private static void CheckEntity(int? entityType, JsonObject body, DateTimeOffset? end, DateTimeOffset? start, FormErrors errors)
    {
        if (entityType == 3)
        {
            var location = (MessageValidator.NullIfJsonNull(body["entity_metadata"]) as JsonObject)?["location"];
            errors.Length("entity_metadata.location", MessageValidator.NullIfJsonNull(location), 1, 100, required: true);
            if (end is null)
                errors.Add("scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_TIME_REQUIRED", "Scheduled end time is required for external events.");
            if (MessageValidator.NullIfJsonNull(body["channel_id"]) is not null)
                errors.Add("channel_id", "GUILD_SCHEDULED_EVENT_CHANNEL_NOT_ALLOWED", "External events cannot have a channel.");
        }
        else if (entityType is 1 or 2)
        {
            errors.Add("channel_id", "CHANNEL_TYPE_INVALID", "The sandbox has no stage or voice channels.");
        }
        if (end is { } e && start is { } s && e <= s)
            errors.Add("scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_BEFORE_START", "End time must be after start time.");
    }

    private JsonObject? Get(ulong guildId, ulong eventId) =>
        _byGuild.TryGetValue(guildId, out var list)
            ? list.FirstOrDefault(e => e["id"]!.GetValue<string>() == WireFormat.Id(eventId))
            : null;

    private static DateTimeOffset? Time(JsonNode? node, string path, FormErrors errors, bool required)
    {
        node = MessageValidator.NullIfJsonNull(node);
        if (node is null)
        {
            if (required)
                errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
            return null;
        }
        if (node is JsonValue v && v.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return parsed;
        errors.Add(path, "DATE_TIME_TYPE_PARSE", $"Could not parse {node.ToJsonString()}. Should be ISO8601.");
        return null;
    }

    private static int? Int(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
}
