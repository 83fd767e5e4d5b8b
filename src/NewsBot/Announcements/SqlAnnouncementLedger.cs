using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.Announcements;

/// <summary>The ledger in the <c>announcements</c> table; shared by the SQLite and PostgreSQL ledgers.</summary>
internal abstract class SqlAnnouncementLedger(SqlDatabase database) : IAnnouncementLedger
{
    private const string Columns =
        "stream_key, guild_id, offset_seconds, discussion_id, starts_at, ends_at, due_at, state, nonce, attempts, " +
        "next_attempt_at, claimed_at, channel_id, message_id, reason, updated_at";

    private const string KeyFilter = "stream_key = @stream AND guild_id = @guild AND offset_seconds = @offset";

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
        QueryAsync($"SELECT {Columns} FROM announcements WHERE state IN ('planned', 'posting') ORDER BY next_attempt_at", [], cancellationToken);

    public async Task<AnnouncementRecord?> GetAsync(AnnouncementKey key, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Columns} FROM announcements WHERE {KeyFilter}", Key(key), cancellationToken) is [var first, ..] ? first : null;

    public async Task<int?> TryClaimAsync(AnnouncementKey key, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            $"""
            UPDATE announcements SET state = 'posting', attempts = attempts + 1, claimed_at = @now, updated_at = @now
            WHERE {KeyFilter} AND ((state = 'planned' AND next_attempt_at <= @now) OR (state = 'posting' AND claimed_at <= @stale))
            RETURNING attempts
            """,
            [.. Key(key), ("now", now.ToDb()), ("stale", (now - lease).ToDb())]);
        var attempts = await command.ExecuteScalarAsync(cancellationToken);
        return attempts is null or DBNull ? null : Convert.ToInt32(attempts, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<bool> MarkPostedAsync(AnnouncementKey key, ulong messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, "'posting'", "state = 'posted', message_id = @message, reason = NULL", now, cancellationToken, ("message", messageId.ToDb()));

    public Task<bool> MarkFailedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, "'posting'", "state = 'failed', reason = @reason", now, cancellationToken, ("reason", reason));

    public Task<bool> RetryLaterAsync(AnnouncementKey key, DateTimeOffset nextAttemptAt, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, "'posting'", "state = 'planned', next_attempt_at = @next, reason = @reason", now, cancellationToken,
            ("next", nextAttemptAt.ToDb()), ("reason", reason));

    public Task<bool> SkipClaimedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, "'posting'", "state = 'skipped', reason = @reason", now, cancellationToken, ("reason", reason));

    public Task<bool> CancelPlannedAsync(AnnouncementKey key, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(key, "'planned'", "state = 'skipped', reason = @reason", now, cancellationToken, ("reason", reason));

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
        AnnouncementKey key, string fromState, string set, DateTimeOffset now, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(null,
            $"UPDATE announcements SET {set}, updated_at = @now WHERE {KeyFilter} AND state = {fromState}",
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
        reader.GetInstant(15));

    private static (string, object?)[] Key(AnnouncementKey key) =>
        [("stream", key.StreamKey), ("guild", key.GuildId.ToDb()), ("offset", (long)key.Offset.TotalSeconds)];
}
