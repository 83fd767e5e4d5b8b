using System.Text.Json.Nodes;

namespace NewsBot.NoToken.Terminal;

/// <summary>A typed slash command ready for the sandbox: the registered name and the options as Discord sends them.</summary>
internal sealed record ResolvedCommand(string Name, JsonArray Options);
