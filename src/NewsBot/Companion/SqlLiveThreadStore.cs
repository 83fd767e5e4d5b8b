using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.Companion;

/// <summary>The <c>live_threads</c> table, planned from the announcement ledger's posted "live now" steps.</summary>
internal sealed class SqlLiveThreadStore(SqlDatabase database) : ILiveThreadStore
{
    private const string Columns =
        "stream_key, guild_id, discussion_id, starts_at, ends_at, channel_id, announcement_message_id, thread_id, state, recap_state, " +
        "attempts, claimed_at, reason, link, recap_message_id";

    private const string KeyFilter = "stream_key = @stream AND guild_id = @guild";

    public async Task<int> PlanFromLiveAnnouncementsAsync(DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            """
            INSERT INTO live_threads (stream_key, guild_id, discussion_id, starts_at, ends_at, channel_id, announcement_message_id,
                thread_id, state, recap_state, attempts, claimed_at, reason, updated_at)
            SELECT a.stream_key, a.guild_id, a.discussion_id, a.starts_at, COALESCE(a.ends_at, a.starts_at + @duration), a.channel_id,
                a.message_id, NULL, 'planned', 'waiting', 0, NULL, NULL, @now
            FROM announcements a
            WHERE a.offset_seconds = 0 AND a.state = 'posted' AND a.message_id IS NOT NULL AND a.channel_id IS NOT NULL
                AND COALESCE(a.ends_at, a.starts_at + @duration) > @now
                AND NOT EXISTS (SELECT 1 FROM companion_settings c WHERE c.guild_id = a.guild_id AND c.live_thread = 0)
            ON CONFLICT (stream_key, guild_id) DO NOTHING
            """,
            cancellationToken, ("duration", (long)defaultDuration.TotalMilliseconds), ("now", now.ToDb()));
    }

    public Task<IReadOnlyList<LiveThreadRecord>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM live_threads WHERE state = 'planned' OR (state = 'open' AND recap_state IN ('waiting', 'posted')) ORDER BY starts_at",
            [], cancellationToken);

    public async Task<LiveThreadRecord?> GetAsync(string streamKey, ulong guildId, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Columns} FROM live_threads WHERE {KeyFilter}", Key(streamKey, guildId), cancellationToken) is [var row, ..] ? row : null;

    public async Task<LiveThreadRecord?> OpenThreadAsync(string streamKey, ulong guildId, CancellationToken cancellationToken) =>
        await GetAsync(streamKey, guildId, cancellationToken) is { State: LiveThreadState.Open } open ? open : null;

    public async Task<LiveThreadRecord?> LatestEndedAsync(ulong guildId, DateTimeOffset endedAfter, DateTimeOffset now, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Columns} FROM live_threads WHERE guild_id = @guild AND ends_at > @after AND ends_at <= @now ORDER BY ends_at DESC LIMIT 1",
            [("guild", guildId.ToDb()), ("after", endedAfter.ToDb()), ("now", now.ToDb())], cancellationToken) is [var row, ..] ? row : null;

    public async Task<int?> TryClaimAsync(string streamKey, ulong guildId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            $"""
            UPDATE live_threads SET claimed_at = @now, attempts = attempts + 1, updated_at = @now
            WHERE {KeyFilter} AND (claimed_at IS NULL OR claimed_at <= @stale)
                AND (state = 'planned' OR (state = 'open' AND recap_state IN ('waiting', 'posted')))
            RETURNING attempts
            """,
            [.. Key(streamKey, guildId), ("now", now.ToDb()), ("stale", (now - lease).ToDb())]);
        var attempts = await command.ExecuteScalarAsync(cancellationToken);
        return attempts is null ? null : Convert.ToInt32(attempts, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<bool> MarkOpenAsync(string streamKey, ulong guildId, ulong threadId, string? link, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(streamKey, guildId, "state = 'planned'", "state = 'open', thread_id = @thread, link = @link, claimed_at = NULL, reason = NULL", now,
            cancellationToken, ("thread", threadId.ToDb()), ("link", link));

    public Task<bool> GiveUpAsync(
        string streamKey, ulong guildId, LiveThreadState state, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(streamKey, guildId, "state = 'planned'", "state = @state, claimed_at = NULL, reason = @reason", now, cancellationToken,
            ("state", state.ToString().ToLowerInvariant()), ("reason", reason));

    public async Task NoteAttemptAsync(string streamKey, ulong guildId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await TransitionAsync(streamKey, guildId, "1 = 1", "reason = @reason", now, cancellationToken, ("reason", reason));

    public Task<bool> MarkRecapAsync(
        string streamKey, ulong guildId, RecapState state, ulong? messageId, string? reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransitionAsync(streamKey, guildId,
            state == RecapState.Posted ? "state = 'open' AND recap_state = 'waiting'" : "state = 'open' AND recap_state IN ('waiting', 'posted')",
            "recap_state = @recap, recap_message_id = COALESCE(@message, recap_message_id), claimed_at = NULL, reason = @reason",
            now, cancellationToken, ("recap", state.ToString().ToLowerInvariant()), ("message", messageId.ToDb()), ("reason", reason));

    private async Task<bool> TransitionAsync(
        string streamKey, ulong guildId, string from, string set, DateTimeOffset now, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, $"UPDATE live_threads SET {set}, updated_at = @now WHERE {KeyFilter} AND {from}",
            cancellationToken, [.. Key(streamKey, guildId), ("now", now.ToDb()), .. parameters]) == 1;
    }

    private async Task<IReadOnlyList<LiveThreadRecord>> QueryAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LiveThreadRecord>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(Read(reader));
        return rows;
    }

    private static LiveThreadRecord Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetSnowflake(1),
        reader.GetString(2),
        reader.GetInstant(3),
        reader.GetInstant(4),
        reader.GetSnowflake(5),
        reader.GetSnowflake(6),
        reader.GetNullableSnowflake(7),
        Enum.Parse<LiveThreadState>(reader.GetString(8), ignoreCase: true),
        Enum.Parse<RecapState>(reader.GetString(9), ignoreCase: true),
        reader.GetInt32(10),
        reader.GetNullableInstant(11),
        reader.GetNullableString(12),
        reader.GetNullableString(13),
        reader.GetNullableSnowflake(14));

    private static (string, object?)[] Key(string streamKey, ulong guildId) => [("stream", streamKey), ("guild", guildId.ToDb())];
}
