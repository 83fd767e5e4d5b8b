using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Storage;
using NewsBot.Web.Fetching;

namespace NewsBot.GuildFeeds;

/// <summary>
/// <see cref="IGuildFeedStore"/> on SQLite or PostgreSQL: <c>guild_feeds</c> (primary key server + URL) and
/// <c>guild_feed_items</c> (server + URL + item key, with when a poll last saw it in the feed), and
/// <c>guild_feed_item_attempts</c> (items whose page fetch failed, with their attempts). A claim is a conditional UPDATE,
/// so of two instances claiming the same feed exactly one changes the row; a follow counts and inserts under the server's
/// limit lock, so the limit is exact.
/// </summary>
internal sealed partial class SqlGuildFeedStore(SqlDatabase database, ILogger<SqlGuildFeedStore> logger) : IGuildFeedStore
{
    private const string Columns = "guild_id, url, added_by, added_at, etag, last_modified, next_poll_at, polled_at, failures, last_error";
    private const int KeysPerQuery = 200;

    public async Task<FollowOutcome> FollowAsync(ulong guildId, string url, ulong addedBy, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.LockLimitAsync(transaction, database, LimitedRows.Feeds, guildId, cancellationToken);
        await using (var count = connection.Command(transaction, "SELECT COUNT(*) FROM guild_feeds WHERE guild_id = @guild", ("guild", guildId.ToDb())))
        {
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) >= limit)
                return await IsFollowedAsync(connection, transaction, guildId, url, cancellationToken) ? FollowOutcome.AlreadyFollowed : FollowOutcome.LimitReached;
        }

        var inserted = await connection.ExecuteAsync(transaction,
            "INSERT INTO guild_feeds (guild_id, url, added_by, added_at, next_poll_at, failures) VALUES (@guild, @url, @by, @at, @at, 0) " +
            "ON CONFLICT (guild_id, url) DO NOTHING",
            cancellationToken, ("guild", guildId.ToDb()), ("url", url), ("by", addedBy.ToDb()), ("at", now.ToDb()));
        if (inserted == 0)
            return FollowOutcome.AlreadyFollowed;
        await transaction.CommitAsync(cancellationToken);
        LogFollowed(guildId, url, addedBy);
        return FollowOutcome.Followed;
    }

    public async Task<bool> UnfollowAsync(ulong guildId, string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(transaction, "DELETE FROM guild_feeds WHERE guild_id = @guild AND url = @url",
            cancellationToken, ("guild", guildId.ToDb()), ("url", url)) > 0;
        await connection.ExecuteAsync(transaction, "DELETE FROM guild_feed_items WHERE guild_id = @guild AND url = @url",
            cancellationToken, ("guild", guildId.ToDb()), ("url", url));
        await connection.ExecuteAsync(transaction, "DELETE FROM guild_feed_item_attempts WHERE guild_id = @guild AND url = @url",
            cancellationToken, ("guild", guildId.ToDb()), ("url", url));
        await transaction.CommitAsync(cancellationToken);
        if (removed)
            LogUnfollowed(guildId, url);
        return removed;
    }

    public async Task<IReadOnlyList<GuildFeed>> ListAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadFeedsAsync(connection.Command(null, $"SELECT {Columns} FROM guild_feeds WHERE guild_id = @guild ORDER BY url",
            ("guild", guildId.ToDb())), cancellationToken);
    }

    public async Task<IReadOnlyList<GuildFeed>> ClaimDueAsync(string holder, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var due = await ReadFeedsAsync(connection.Command(null,
            $"SELECT {Columns} FROM guild_feeds WHERE next_poll_at <= @now AND (claim_holder IS NULL OR claim_until <= @now) " +
            "ORDER BY next_poll_at, guild_id, url LIMIT @max",
            ("now", now.ToDb()), ("max", max)), cancellationToken);
        var won = new List<GuildFeed>(due.Count);
        foreach (var feed in due)
        {
            // The same condition again: another instance may have claimed it since the SELECT.
            var claimed = await connection.ExecuteAsync(null,
                "UPDATE guild_feeds SET claim_holder = @holder, claim_until = @until " +
                "WHERE guild_id = @guild AND url = @url AND next_poll_at <= @now AND (claim_holder IS NULL OR claim_until <= @now)",
                cancellationToken, ("holder", holder), ("until", (now + lease).ToDb()), ("guild", feed.GuildId.ToDb()), ("url", feed.Url), ("now", now.ToDb()));
            if (claimed == 1)
                won.Add(feed);
        }
        return won;
    }

    public async Task<IReadOnlySet<string>> SeenAsync(ulong guildId, string url, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            var (names, parameters) = KeyParameters(chunk, ("guild", guildId.ToDb()), ("url", url));
            await using var command = connection.Command(null,
                $"SELECT item_key FROM guild_feed_items WHERE guild_id = @guild AND url = @url AND item_key IN ({names})", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                seen.Add(reader.GetString(0));
        }
        return seen;
    }

    public async Task RememberAsync(ulong guildId, string url, IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(transaction,
                "INSERT INTO guild_feed_items (guild_id, url, item_key, seen_at) VALUES (@guild, @url, @key, @now) ON CONFLICT (guild_id, url, item_key) DO NOTHING",
                cancellationToken, ("guild", guildId.ToDb()), ("url", url), ("key", key), ("now", now.ToDb()));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task TouchAsync(ulong guildId, string url, IReadOnlyCollection<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            var (names, parameters) = KeyParameters(chunk, ("guild", guildId.ToDb()), ("url", url), ("now", now.ToDb()));
            await connection.ExecuteAsync(transaction,
                $"UPDATE guild_feed_items SET seen_at = @now WHERE guild_id = @guild AND url = @url AND seen_at < @now AND item_key IN ({names})",
                cancellationToken, parameters);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PruneAsync(ulong guildId, string url, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pruned = await connection.ExecuteAsync(transaction, "DELETE FROM guild_feed_items WHERE guild_id = @guild AND url = @url AND seen_at < @cutoff",
            cancellationToken, ("guild", guildId.ToDb()), ("url", url), ("cutoff", cutoff.ToDb()));
        await connection.ExecuteAsync(transaction, "DELETE FROM guild_feed_item_attempts WHERE guild_id = @guild AND url = @url AND updated_at < @cutoff",
            cancellationToken, ("guild", guildId.ToDb()), ("url", url), ("cutoff", cutoff.ToDb()));
        await transaction.CommitAsync(cancellationToken);
        return pruned;
    }

    public async Task<int> CountItemFailureAsync(ulong guildId, string url, string itemKey, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "INSERT INTO guild_feed_item_attempts (guild_id, url, item_key, attempts, last_error, updated_at) VALUES (@guild, @url, @key, 1, @error, @now) " +
            "ON CONFLICT (guild_id, url, item_key) DO UPDATE SET attempts = guild_feed_item_attempts.attempts + 1, last_error = excluded.last_error, " +
            "updated_at = excluded.updated_at RETURNING attempts",
            ("guild", guildId.ToDb()), ("url", url), ("key", itemKey), ("error", error), ("now", now.ToDb()));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<FeedItemFailure>> ItemFailuresAsync(ulong guildId, int minAttempts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT url, item_key, attempts, last_error, updated_at FROM guild_feed_item_attempts WHERE guild_id = @guild AND attempts >= @min " +
            "ORDER BY updated_at DESC, url, item_key",
            ("guild", guildId.ToDb()), ("min", minAttempts));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var failures = new List<FeedItemFailure>();
        while (await reader.ReadAsync(cancellationToken))
            failures.Add(new FeedItemFailure(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInstant(4)));
        return failures;
    }

    private static (string Names, (string, object?)[] Parameters) KeyParameters(string[] chunk, params (string, object?)[] fixedParameters)
    {
        var names = string.Join(", ", chunk.Select((_, i) => $"@k{i.ToString(CultureInfo.InvariantCulture)}"));
        return (names, [.. fixedParameters, .. chunk.Select((k, i) => ((string, object?))($"k{i.ToString(CultureInfo.InvariantCulture)}", k))]);
    }

    public async Task<bool> CompleteAsync(ulong guildId, string url, string holder, FeedPollRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            "UPDATE guild_feeds SET etag = @etag, last_modified = @modified, next_poll_at = @next, polled_at = COALESCE(@polled, polled_at), " +
            "failures = @failures, last_error = @error, claim_holder = NULL, claim_until = NULL " +
            "WHERE guild_id = @guild AND url = @url AND claim_holder = @holder",
            cancellationToken,
            ("etag", record.Validators.ETag), ("modified", record.Validators.LastModified), ("next", record.NextPollAt.ToDb()),
            ("polled", record.PolledAt?.ToDb()), ("failures", record.Failures), ("error", record.LastError),
            ("guild", guildId.ToDb()), ("url", url), ("holder", holder)) == 1;
    }

    private static async Task<bool> IsFollowedAsync(DbConnection connection, DbTransaction transaction, ulong guildId, string url, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT COUNT(*) FROM guild_feeds WHERE guild_id = @guild AND url = @url",
            ("guild", guildId.ToDb()), ("url", url));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<IReadOnlyList<GuildFeed>> ReadFeedsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var feeds = new List<GuildFeed>();
            while (await reader.ReadAsync(cancellationToken))
            {
                feeds.Add(new GuildFeed(reader.GetSnowflake(0), reader.GetString(1), reader.GetSnowflake(2), reader.GetInstant(3),
                    new FetchValidators(reader.GetNullableString(4), reader.GetNullableString(5)), reader.GetInstant(6), reader.GetNullableInstant(7),
                    reader.GetInt32(8), reader.GetNullableString(9)));
            }
            return feeds;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: feed {Url} followed by user {UserId}")]
    private partial void LogFollowed(ulong guildId, string url, ulong userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: feed {Url} no longer followed")]
    private partial void LogUnfollowed(ulong guildId, string url);
}
