using System.Collections.Concurrent;

namespace NewsBot.Settings;

/// <summary>
/// What the settings store read for each guild in the last <see cref="MaxAge"/>, so that public replies need no query
/// for their language. The store forgets a guild when it saves its settings, so this process sees its own change at
/// once; a change saved by another process on the same database shows here after at most <see cref="MaxAge"/>. A read
/// that raced a save is not remembered. Entries older than <see cref="MaxAge"/> are swept at most once per
/// <see cref="MaxAge"/>, so memory follows the guilds that were active lately.
/// </summary>
internal sealed class RecentGuildSettings(TimeProvider time)
{
    /// <summary>
    /// How stale a reply's language may be after another process changed it: a guild's gateway interactions all reach
    /// the process of its shard, which saved the change itself; only HTTP interactions spread over processes see this.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<ulong, Entry> _entries = new();
    private long _generation;
    private long _nextSweep;

    /// <summary>Changes with every <see cref="Forget"/>; take it before reading the store and hand it to <see cref="Remember"/>.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>How many guilds are remembered (swept or not).</summary>
    public int Count => _entries.Count;

    /// <summary>The remembered settings (null: the guild has none stored), if read less than <see cref="MaxAge"/> ago.</summary>
    public bool TryGet(ulong guildId, out GuildSettings? settings)
    {
        if (_entries.TryGetValue(guildId, out var entry) && time.GetTimestamp() < entry.ExpiresAt)
        {
            settings = entry.Settings;
            return true;
        }
        settings = null;
        return false;
    }

    /// <summary>Remembers what was read, unless a save happened since <paramref name="generation"/> was taken.</summary>
    public void Remember(ulong guildId, GuildSettings? settings, long generation)
    {
        var now = time.GetTimestamp();
        if (now >= Volatile.Read(ref _nextSweep))
            Sweep(now);
        _entries[guildId] = new Entry(settings, now + MaxAgeInTicks());
        // A save that completed meanwhile must not be hidden behind what was read before it.
        if (Generation != generation)
            _entries.TryRemove(guildId, out _);
    }

    /// <summary>Drops the guild's entry (its settings were just saved) and stops reads in flight from being remembered.</summary>
    public void Forget(ulong guildId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(guildId, out _);
    }

    private void Sweep(long now)
    {
        Volatile.Write(ref _nextSweep, now + MaxAgeInTicks());
        foreach (var (guildId, entry) in _entries)
        {
            if (now >= entry.ExpiresAt)
                _entries.TryRemove(new KeyValuePair<ulong, Entry>(guildId, entry));
        }
    }

    private long MaxAgeInTicks() => (long)(MaxAge.TotalSeconds * time.TimestampFrequency);

    private sealed record Entry(GuildSettings? Settings, long ExpiresAt);
}
