namespace NewsBot.Sandbox.World;

/// <summary>A channel permission overwrite: type 0 targets a role, type 1 a member.</summary>
public sealed record SandboxOverwrite(ulong Id, int Type, ulong Allow, ulong Deny);
