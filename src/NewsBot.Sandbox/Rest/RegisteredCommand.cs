using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Rest;

/// <summary>A registered command as an invocation sees it: id, guild (null for a global command) and declared options.</summary>
internal sealed record RegisteredCommand(string Id, string? GuildId, JsonArray? Options);
