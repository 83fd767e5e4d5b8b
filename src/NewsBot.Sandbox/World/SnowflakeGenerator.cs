namespace NewsBot.Sandbox.World;

/// <summary>Makes realistic, strictly increasing Discord snowflakes from the injected clock.</summary>
public sealed class SnowflakeGenerator(TimeProvider time)
{
    private const long DiscordEpochMs = 1420070400000;
    private readonly Lock _lock = new();
    private ulong _last;

    public ulong Next()
    {
        var ms = (ulong)Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        var candidate = (ms << 22) | (1UL << 17);
        lock (_lock)
        {
            _last = Math.Max(candidate, _last + 1);
            return _last;
        }
    }

    public static DateTimeOffset TimestampOf(ulong id) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMs);
}
