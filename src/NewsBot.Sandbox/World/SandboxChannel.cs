namespace NewsBot.Sandbox.World;

/// <summary>
/// A guild channel (type 0 = text, 5 = announcement) or a thread (10 announcement thread, 11 public, 12 private) with
/// its <see cref="ParentId"/>. A thread takes its permissions from its parent.
/// </summary>
public sealed record SandboxChannel(ulong Id, ulong GuildId, string Name, int Position, int Type = 0,
    string? Topic = null)
{
    private int _messageCount;

    public IList<SandboxOverwrite> Overwrites { get; init; } = [];

    public ulong? ParentId { get; init; }

    /// <summary>Threads: the member who started it.</summary>
    public ulong? OwnerId { get; init; }

    /// <summary>Threads: minutes without activity before it archives (60, 1440, 4320 or 10080).</summary>
    public int AutoArchiveDuration { get; init; }

    /// <summary>Threads: when it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    public int RateLimitPerUser { get; init; }

    public bool IsThread => Type is 10 or 11 or 12;

    /// <summary>Threads: messages sent in it (the starter message not counted), as Discord's message_count.</summary>
    public int MessageCount => Volatile.Read(ref _messageCount);

    public void CountMessage() => Interlocked.Increment(ref _messageCount);
}
