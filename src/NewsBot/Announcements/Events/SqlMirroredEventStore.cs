using NewsBot.Storage;

namespace NewsBot.Announcements.Events;

/// <summary>The <c>mirrored_events</c> table (same database as settings and the ledger).</summary>
internal sealed class SqlMirroredEventStore(SqlDatabase database) : IMirroredEventStore
{
    public async Task<IReadOnlyList<MirroredEvent>> ListAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT mirror_key, event_id, fingerprint, ends_at, state, reason, updated_at FROM mirrored_events WHERE guild_id = @guild ORDER BY mirror_key",
            ("guild", guildId.ToDb()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<MirroredEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new MirroredEvent(guildId, reader.GetString(0), reader.GetNullableSnowflake(1), reader.GetString(2), reader.GetInstant(3),
                Enum.Parse<MirroredEventState>(reader.GetString(4), ignoreCase: true), reader.GetNullableString(5), reader.GetInstant(6)));
        }

        return events;
    }

    public async Task<int> DeleteEndedBeforeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM mirrored_events WHERE ends_at < @cutoff", cancellationToken, ("cutoff", endedBefore.ToDb()));
    }

    public async Task SaveAsync(MirroredEvent mirrored, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            """
            INSERT INTO mirrored_events (guild_id, mirror_key, event_id, fingerprint, ends_at, state, reason, updated_at)
            VALUES (@guild, @key, @event, @fingerprint, @ends, @state, @reason, @now)
            ON CONFLICT (guild_id, mirror_key) DO UPDATE SET event_id = excluded.event_id, fingerprint = excluded.fingerprint,
                ends_at = excluded.ends_at, state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("guild", mirrored.GuildId.ToDb()), ("key", mirrored.MirrorKey), ("event", mirrored.EventId.ToDb()), ("fingerprint", mirrored.Fingerprint),
            ("ends", mirrored.EndsAt.ToDb()), ("state", mirrored.State.ToString().ToLowerInvariant()), ("reason", mirrored.Reason), ("now", mirrored.UpdatedAt.ToDb()));
    }
}
