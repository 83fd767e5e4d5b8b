namespace NewsBot.Sandbox.World;

/// <summary>A guild channel (type 0 = text).</summary>
public sealed record SandboxChannel(ulong Id, ulong GuildId, string Name, int Position, int Type = 0,
    string? Topic = null)
{
    public IList<SandboxOverwrite> Overwrites { get; init; } = [];
}
