using NewsBot.GuildStreams;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>Stored guild streams in a list, with the SQL store's semantics (the contract tests hold both to them).</summary>
internal sealed class InMemoryGuildStreamStore : IGuildStreamStore
{
    private readonly Lock _gate = new();
    private readonly List<GuildStream> _streams = [];

    public Task AddAsync(GuildStream stream, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_streams.Any(s => s.GuildId == stream.GuildId && s.StreamKey == stream.StreamKey))
                throw new InvalidOperationException("duplicate key");
            _streams.Add(stream);
        }
        return Task.CompletedTask;
    }

    public Task<bool> UpdateAsync(GuildStream stream, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _streams.FindIndex(s => s.GuildId == stream.GuildId && s.StreamKey == stream.StreamKey);
            if (index < 0)
                return Task.FromResult(false);
            var old = _streams[index];
            _streams[index] = old with
            {
                StartsAt = stream.StartsAt, EndsAt = stream.EndsAt, Link = stream.Link, TimeZoneId = stream.TimeZoneId,
                UpdatedBy = stream.UpdatedBy, UpdatedAt = stream.UpdatedAt,
            };
            return Task.FromResult(true);
        }
    }

    public Task<bool> RemoveAsync(ulong guildId, string streamKey, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_streams.RemoveAll(s => s.GuildId == guildId && s.StreamKey == streamKey) == 1);
    }

    public Task<GuildStream?> FindAsync(ulong guildId, string streamKey, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_streams.FirstOrDefault(s => s.GuildId == guildId && s.StreamKey == streamKey));
    }

    public Task<IReadOnlyList<GuildStream>> ListAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<GuildStream>>(
                [.. _streams.Where(s => s.StartsAt > after || s.EndsAt > after).OrderBy(s => s.StartsAt).ThenBy(s => s.GuildId).ThenBy(s => s.StreamKey, StringComparer.Ordinal)]);
        }
    }

    public Task<int> CountNotOverAsync(ulong guildId, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_streams.Count(s => s.GuildId == guildId && (s.EndsAt ?? s.StartsAt + defaultDuration) > now));
    }

    public Task<bool> AddWithinLimitAsync(GuildStream stream, int limit, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_streams.Count(s => s.GuildId == stream.GuildId && (s.EndsAt ?? s.StartsAt + defaultDuration) > now) >= limit)
                return Task.FromResult(false);
            if (_streams.Any(s => s.GuildId == stream.GuildId && s.StreamKey == stream.StreamKey))
                throw new InvalidOperationException("duplicate key");
            _streams.Add(stream);
            return Task.FromResult(true);
        }
    }
}
