namespace NewsBot.Sandbox.Gateway;

/// <summary>A gateway session: its shard, intents, sequence and the dispatches kept for a resume.</summary>
internal sealed class GatewaySession(string id, int shardId, int shardCount, long intents, int resumeBuffer) : IDisposable
{
    public string Id { get; } = id;
    public int ShardId { get; } = shardId;
    public int ShardCount { get; } = shardCount;
    public long Intents { get; } = intents;

    /// <summary>Serializes sequence numbers, buffering and sending so dispatches arrive in order.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public long Sequence { get; set; }
    public ReplayBuffer Buffer { get; } = new(resumeBuffer);
    public GatewayConnection? Connection { get; set; }
    public bool Invalidated { get; set; }

    private long _disconnectedAtTicks;

    /// <summary>When the session lost its connection; null while connected.</summary>
    public DateTimeOffset? DisconnectedAt
    {
        // Ticks, so dispatching threads never read a torn value while a connection ends.
        get => Volatile.Read(ref _disconnectedAtTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        set => Volatile.Write(ref _disconnectedAtTicks, value?.UtcTicks ?? 0);
    }

    /// <summary>Disconnected for longer than the resume window: no longer resumable.</summary>
    public bool HasExpired(DateTimeOffset now, TimeSpan resumeWindow) =>
        Connection is null && DisconnectedAt is { } since && now - since >= resumeWindow;

    public bool Owns(ulong? guildId) =>
        guildId is { } id ? (int)((id >> 22) % (ulong)ShardCount) == ShardId : ShardId == 0;

    public void Remember(long seq, byte[] utf8Json) => Buffer.Add(seq, utf8Json);

    public void Dispose() => Gate.Dispose();
}
