using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.GuildStreams;

/// <summary>The <c>guild_streams</c> table (same database as settings and the ledger).</summary>
internal sealed class SqlGuildStreamStore(SqlDatabase database) : IGuildStreamStore
{
    private const string Columns =
        "guild_id, stream_key, discussion_id, starts_at, ends_at, link, time_zone, created_by, created_at, updated_by, updated_at";

    public async Task AddAsync(GuildStream stream, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            $"INSERT INTO guild_streams ({Columns}) VALUES (@guild, @key, @discussion, @starts, @ends, @link, @zone, @createdBy, @createdAt, @updatedBy, @updatedAt)",
            cancellationToken, Parameters(stream));
    }

    public async Task<bool> AddWithinLimitAsync(GuildStream stream, int limit, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.LockLimitAsync(transaction, database, LimitedRows.Streams, stream.GuildId, cancellationToken);
        if (await CountNotOverAsync(connection, transaction, stream.GuildId, now, defaultDuration, cancellationToken) >= limit)
            return false;
        await connection.ExecuteAsync(transaction,
            $"INSERT INTO guild_streams ({Columns}) VALUES (@guild, @key, @discussion, @starts, @ends, @link, @zone, @createdBy, @createdAt, @updatedBy, @updatedAt)",
            cancellationToken, Parameters(stream));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateAsync(GuildStream stream, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            """
            UPDATE guild_streams SET starts_at = @starts, ends_at = @ends, link = @link, time_zone = @zone, updated_by = @updatedBy, updated_at = @updatedAt
            WHERE guild_id = @guild AND stream_key = @key
            """,
            cancellationToken, Parameters(stream)) == 1;
    }

    public async Task<bool> RemoveAsync(ulong guildId, string streamKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM guild_streams WHERE guild_id = @guild AND stream_key = @key", cancellationToken,
            ("guild", guildId.ToDb()), ("key", streamKey)) == 1;
    }

    public async Task<GuildStream?> FindAsync(ulong guildId, string streamKey, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM guild_streams WHERE guild_id = @guild AND stream_key = @key", cancellationToken,
            ("guild", guildId.ToDb()), ("key", streamKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<GuildStream>> ListAsync(DateTimeOffset after, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM guild_streams WHERE starts_at > @after OR ends_at > @after ORDER BY starts_at, guild_id, stream_key",
            cancellationToken, ("after", after.ToDb()));

    public async Task<int> CountNotOverAsync(ulong guildId, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await CountNotOverAsync(connection, null, guildId, now, defaultDuration, cancellationToken);
    }

    private static async Task<int> CountNotOverAsync(
        DbConnection connection, DbTransaction? transaction, ulong guildId, DateTimeOffset now, TimeSpan defaultDuration, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction,
            "SELECT COUNT(*) FROM guild_streams WHERE guild_id = @guild AND COALESCE(ends_at, starts_at + @duration) > @now",
            ("guild", guildId.ToDb()), ("duration", (long)defaultDuration.TotalMilliseconds), ("now", now.ToDb()));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<GuildStream>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var streams = new List<GuildStream>();
        while (await reader.ReadAsync(cancellationToken))
            streams.Add(Read(reader));
        return streams;
    }

    private static GuildStream Read(DbDataReader reader) => new(
        reader.GetSnowflake(0), reader.GetString(1), reader.GetString(2), reader.GetInstant(3), reader.GetNullableInstant(4),
        reader.GetNullableString(5) is { } link ? new Uri(link, UriKind.Absolute) : null, reader.GetString(6),
        reader.GetSnowflake(7), reader.GetInstant(8), reader.GetSnowflake(9), reader.GetInstant(10));

    private static (string Name, object? Value)[] Parameters(GuildStream stream) =>
    [
        ("guild", stream.GuildId.ToDb()), ("key", stream.StreamKey), ("discussion", stream.DiscussionId), ("starts", stream.StartsAt.ToDb()),
        ("ends", stream.EndsAt?.ToDb()), ("link", stream.Link?.AbsoluteUri), ("zone", stream.TimeZoneId),
        ("createdBy", stream.CreatedBy.ToDb()), ("createdAt", stream.CreatedAt.ToDb()), ("updatedBy", stream.UpdatedBy.ToDb()),
        ("updatedAt", stream.UpdatedAt.ToDb()),
    ];
}
