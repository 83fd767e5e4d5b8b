namespace NewsBot.Sandbox.World;

/// <summary>A guild role; the @everyone role has the guild's id.</summary>
public sealed record SandboxRole(ulong Id, string Name, ulong Permissions, int Position,
    bool Mentionable = false, bool Managed = false, ulong? BotId = null, int Color = 0);
