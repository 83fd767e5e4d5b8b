namespace NewsBot.Sandbox.World;

/// <summary>A guild member: a user with roles (the @everyone role is implied, never listed).</summary>
public sealed record SandboxMember(SandboxUser User, DateTimeOffset JoinedAt, string? Nick = null)
{
    public IList<ulong> RoleIds { get; init; } = [];
}
