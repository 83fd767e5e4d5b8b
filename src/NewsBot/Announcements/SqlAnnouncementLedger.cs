using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.Announcements;

/// <summary>
/// The ledger in the <c>announcements</c> table, on SQLite or PostgreSQL alike; on PostgreSQL several instances share it,
/// and the conditional writes keep each step once.
/// </summary>
internal sealed class SqlAnnouncementLedger(SqlDatabase database) : IAnnouncementLedger
{
    private const string Columns =
        "stream_key, guild_id, offset_seconds, discussion_id, starts_at, ends_at, due_at, state, nonce, attempts, " +
        "next_attempt_at, claimed_at, channel_id, message_id, reason, updated_at";

    /// <summary>A posting row whose holder's run is no longer its instance's current run (no holder recorded: never).</summary>
    private const string ClaimAbandoned =
        "(announcements.state = 'posting' AND announcements.claim_run IS NOT NULL AND NOT EXISTS (SELECT 1 FROM announcement_instances i " +
        "WHERE i.instance_id = announcements.claim_instance AND i.run_id = announcements.claim_run))";

    private const string SelectColumns =
        Columns + ", first_claimed_at, claim_instance, claim_run, CASE WHEN " + ClaimAbandoned + " THEN 1 ELSE 0 END";

    private const string KeyFilter = "stream_key = @stream AND guild_id = @guild AND offset_seconds = @offset";

    /// <summary>The transitions out of posting are the holder's alone: a claim taken over from it is no longer its to record.</summary>
    private const string HeldBy = "state = 'posting' AND claim_run = @run";

    public async Task<InstanceRun?> StartRunAsync(ClaimHolder holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var previous = await ReadRunAsync(connection, transaction, holder.InstanceId, cancellationToken);
        await connection.ExecuteAsync(transaction,
            """
            INSERT INTO announcement_instances (instance_id, run_id, started_at) VALUES (@instance, @run, @now)
            ON CONFLICT (instance_id) DO UPDATE SET run_id = excluded.run_id, started_at = excluded.started_at
            """,
            cancellationToken, ("instance", holder.InstanceId), ("run", holder.RunId), ("now", now.ToDb()));
        await transaction.CommitAsync(cancellationToken);
        return previous;
    }

    public async Task<InstanceRun?> CurrentRunAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadRunAsync(connection, null, instanceId, cancellationToken);
    }

    private static async Task<InstanceRun?> ReadRunAsync(DbConnection connection, DbTransaction? transaction, string instanceId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction,
            "SELECT run_id, started_at FROM announcement_instances WHERE instance_id = @instance", ("instance", instanceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new InstanceRun(reader.GetString(0), reader.GetInstant(1)) : null;
    }

    public async Task AddPlannedAsync(IReadOnlyCollection<PlannedAnnouncement> plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (plan.Count == 0)
            return;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var step in plan)
        {
            await connection.ExecuteAsync(transaction,
                $"""
                INSERT INTO announcements ({Columns})
                VALUES (@stream, @guild, @offset, @discussion, @starts, @ends, @due, 'planned', @nonce, 0, @due, NULL, @channel, NULL, NULL, @now)
                ON CONFLICT (stream_key, guild_id, offset_seconds) DO UPDATE SET channel_id = excluded.channel_id, updated_at = excluded.updated_at
                WHERE announcements.state = 'planned' AND announcements.channel_id <> excluded.channel_id
                """,
                cancellationToken,
                [.. Key(step.Key), ("discussion", step.DiscussionId), ("starts", step.StartsAt.ToDb()), ("ends", step.EndsAt?.ToDb()),
                 ("due", step.DueAt.ToDb()), ("nonce", AnnouncementNonce.For(step.Key)), ("channel", step.ChannelId.ToDb()), ("now", now.ToDb())]);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<AnnouncementRecord>> ListOpenAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {SelectColumns} FROM announcements WHERE state IN ('planned', 'posting') ORDER BY next_attempt_at", [], cancellationToken);

    public async Task<AnnouncementRecord?> GetAsync(AnnouncementKey key, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {SelectColumns} FROM announcements WHERE {KeyFilter}", Key(key), cancellationToken) is [var first, ..] ? first : null;

    public async Task<LedgerClaim?> TryClaimAsync(AnnouncementKey key, ClaimHolder holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            $"""
            UPDATE announcements SET state = 'posting', attempts = attempts + 1, claimed_at = @now,
                first_claimed_at = COALESCE(first_claimed_at, @now), claim_instance = @instance, claim_run = @run, updated_at = @now
            WHERE {KeyFilter}
                AND EXISTS (SELECT 1 FROM announcement_instances WHERE instance_id = @instance AND run_id = @run)
                AND ((state = 'planned' AND next_attempt_at <= @now) OR (state = 'posting' AND (claimed_at <= @stale OR {ClaimAbandoned})))
            RETURNING attempts, first_claimed_at
            """,
            [.. Key(key), ("now", now.ToDb()), ("stale", (now - lease).ToDb()), ("instance", holder.InstanceId), ("run", holder.RunId)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new LedgerClaim(reader.GetInt32(0), reader.GetInstant(1)) : null;
    }

    public Task<bool> MarkPostedAsync(AnnouncementKey key, ClaimHolder holder, ulong messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, HeldBy, "state = 'posted', message_id = @message, reason = NULL", now, cancellationToken,
            ("run", holder.RunId), ("message", messageId.ToDb()));

    public Task<bool> MarkFailedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, HeldBy, "state = 'failed', reason = @reason", now, cancellationToken, ("run", holder.RunId), ("reason", reason));

    public Task<bool> RetryLaterAsync(
        AnnouncementKey key, ClaimHolder holder, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, HeldBy, "state = 'planned', next_attempt_at = @next, reason = @reason", now, cancellationToken,
            ("run", holder.RunId), ("next", nextAttemptAt.ToDb()), ("reason", reason));

    public Task<bool> SkipClaimedAsync(AnnouncementKey key, ClaimHolder holder, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, HeldBy, "state = 'skipped', reason = @reason", now, cancellationToken, ("run", holder.RunId), ("reason", reason));

    public Task<bool> CancelPlannedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, "state = 'planned'", "state = 'skipped', reason = @reason", now, cancellationToken, ("reason", reason));

    public async Task<int> DeleteFinishedAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            "DELETE FROM announcements WHERE state IN ('posted', 'failed', 'skipped') AND COALESCE(ends_at, starts_at) < @cutoff",
            cancellationToken, ("cutoff", endedBefore.ToDb()));
    }

    public async Task<IReadOnlyList<AnnouncementFailure>> RecentFailuresAsync(ulong guildId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var failures = new List<AnnouncementFailure>();
        await using (var command = connection.Command(null,
            "SELECT stream_key, offset_seconds, reason, updated_at FROM announcements WHERE guild_id = @guild AND state = 'failed' ORDER BY updated_at DESC LIMIT @limit",
            ("guild", guildId.ToDb()), ("limit", limit)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new AnnouncementKey(reader.GetString(0), guildId, TimeSpan.FromSeconds(reader.GetInt64(1)));
                failures.Add(new AnnouncementFailure(guildId, $"announcement {key}", reader.GetNullableString(2) ?? "", reader.GetInstant(3)));
            }
        }

        await using (var command = connection.Command(null,
            "SELECT mirror_key, reason, updated_at FROM mirrored_events WHERE guild_id = @guild AND state = 'failed' ORDER BY updated_at DESC LIMIT @limit",
            ("guild", guildId.ToDb()), ("limit", limit)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                failures.Add(new AnnouncementFailure(guildId, $"event {reader.GetString(0)}", reader.GetNullableString(1) ?? "", reader.GetInstant(2)));
        }

        return [.. failures.OrderByDescending(f => f.At).Take(limit)];
    }

    private async Task<bool> TransitionAsync(
        AnnouncementKey key, string from, string set, DateTimeOffset now, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(null,
            $"UPDATE announcements SET {set}, updated_at = @now WHERE {KeyFilter} AND {from}",
            cancellationToken, [.. Key(key), ("now", now.ToDb()), .. parameters]);
        return changed == 1;
    }

    private async Task<IReadOnlyList<AnnouncementRecord>> QueryAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<AnnouncementRecord>();
        while (await reader.ReadAsync(cancellationToken))
            records.Add(Read(reader));
        return records;
    }

    private static AnnouncementRecord Read(DbDataReader reader) => new(
        new AnnouncementKey(reader.GetString(0), reader.GetSnowflake(1), TimeSpan.FromSeconds(reader.GetInt64(2))),
        reader.GetString(3),
        reader.GetInstant(4),
        reader.GetNullableInstant(5),
        reader.GetInstant(6),
        Enum.Parse<AnnouncementState>(reader.GetString(7), ignoreCase: true),
        reader.GetString(8),
        reader.GetInt32(9),
        reader.GetInstant(10),
        reader.GetNullableInstant(11),
        reader.GetNullableSnowflake(12),
        reader.GetNullableSnowflake(13),
        reader.GetNullableString(14),
        reader.GetInstant(15),
        reader.GetNullableInstant(16),
        reader.IsDBNull(17) || reader.IsDBNull(18) ? null : new ClaimHolder(reader.GetString(17), reader.GetString(18)),
        reader.GetInt32(19) == 1);

    private static (string, object?)[] Key(AnnouncementKey key) =>
        [("stream", key.StreamKey), ("guild", key.GuildId.ToDb()), ("offset", (long)key.Offset.TotalSeconds)];
}
