namespace NewsBot.Sandbox.World;

/// <summary>A Discord user of the sandbox world.</summary>
public sealed record SandboxUser(ulong Id, string Username, string? GlobalName = null, bool Bot = false);
