using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.GuildDiscussions;

/// <summary>
/// <see cref="IGuildDiscussionStore"/> on SQLite or PostgreSQL: <c>guild_discussions</c> (primary key server + id) and
/// <c>discussion_previews</c> (a random short key). Saving moves a preview into the discussions in one transaction.
/// </summary>
internal sealed partial class SqlGuildDiscussionStore(SqlDatabase database, ILogger<SqlGuildDiscussionStore> logger) : IGuildDiscussionStore
{
    /// <summary>Characters of a preview key: lower-case letters and digits without look-alikes.</summary>
    private const string KeyAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    private const int KeyLength = 12;
    private const string DocumentColumns = "guild_id, discussion_id, format, origin, source, content, added_by, added_at";
    private const string InfoColumns = "guild_id, discussion_id, origin, source, added_by, added_at";

    public async Task<string> HoldPreviewAsync(GuildDocument preview, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var key = NewKey();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "DELETE FROM discussion_previews WHERE expires_at <= @now", cancellationToken, ("now", preview.AddedAt.ToDb()));
        await connection.ExecuteAsync(null,
            $"INSERT INTO discussion_previews (preview_key, {DocumentColumns}, expires_at) VALUES (@key, @guild, @id, @format, @origin, @source, @content, @by, @at, @expires)",
            cancellationToken,
            [("key", key), .. Parameters(preview), ("expires", expiresAt.ToDb())]);
        return key;
    }

    public async Task<GuildDocument?> FindPreviewAsync(ulong guildId, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindPreviewAsync(connection, null, guildId, key, now, cancellationToken);
    }

    public async Task<bool> DropPreviewAsync(ulong guildId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM discussion_previews WHERE guild_id = @guild AND preview_key = @key",
            cancellationToken, ("guild", guildId.ToDb()), ("key", key)) > 0;
    }

    public async Task<SaveOutcome> SavePreviewAsync(
        ulong guildId, string key, string discussionId, ulong savedBy, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindPreviewAsync(connection, transaction, guildId, key, now, cancellationToken) is not { } preview)
            return new SaveOutcome.PreviewGone();
        var saved = preview with { DiscussionId = discussionId, AddedBy = savedBy, AddedAt = now };
        if (await InsertAsync(connection, transaction, saved, limit, cancellationToken) is { } refused)
            return refused;
        await connection.ExecuteAsync(transaction, "DELETE FROM discussion_previews WHERE preview_key = @key", cancellationToken, ("key", key));
        await transaction.CommitAsync(cancellationToken);
        LogSaved(guildId, discussionId, savedBy, saved.Origin, saved.Source);
        return new SaveOutcome.Saved(saved);
    }

    public async Task<SaveOutcome> SaveAsync(GuildDocument document, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await InsertAsync(connection, transaction, document, limit, cancellationToken) is { } refused)
            return refused;
        await transaction.CommitAsync(cancellationToken);
        LogSaved(document.GuildId, document.DiscussionId, document.AddedBy, document.Origin, document.Source);
        return new SaveOutcome.Saved(document);
    }

    public async Task<IReadOnlyList<StoredDiscussionInfo>> ListAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ListAsync(connection.Command(null,
            $"SELECT {InfoColumns} FROM guild_discussions WHERE guild_id = @guild ORDER BY discussion_id", ("guild", guildId.ToDb())), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredDiscussionInfo>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ListAsync(connection.Command(null, $"SELECT {InfoColumns} FROM guild_discussions ORDER BY guild_id, discussion_id"), cancellationToken);
    }

    public async Task<GuildDocument?> FindAsync(ulong guildId, string discussionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            $"SELECT {DocumentColumns} FROM guild_discussions WHERE guild_id = @guild AND discussion_id = @id",
            ("guild", guildId.ToDb()), ("id", discussionId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadDocument(reader) : null;
    }

    public async Task<bool> RemoveAsync(ulong guildId, string discussionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(null, "DELETE FROM guild_discussions WHERE guild_id = @guild AND discussion_id = @id",
            cancellationToken, ("guild", guildId.ToDb()), ("id", discussionId)) > 0;
        if (removed)
            LogRemoved(guildId, discussionId);
        return removed;
    }

    /// <summary>Inserts within the server's limit; null when inserted, else why not (the caller then commits nothing).</summary>
    private async Task<SaveOutcome?> InsertAsync(
        DbConnection connection, DbTransaction transaction, GuildDocument document, int limit, CancellationToken cancellationToken)
    {
        await connection.LockLimitAsync(transaction, database, LimitedRows.Discussions, document.GuildId, cancellationToken);
        await using (var count = connection.Command(transaction, "SELECT COUNT(*) FROM guild_discussions WHERE guild_id = @guild", ("guild", document.GuildId.ToDb())))
        {
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) >= limit)
                return new SaveOutcome.LimitReached(limit);
        }

        var inserted = await connection.ExecuteAsync(transaction,
            $"INSERT INTO guild_discussions ({DocumentColumns}) VALUES (@guild, @id, @format, @origin, @source, @content, @by, @at) ON CONFLICT (guild_id, discussion_id) DO NOTHING",
            cancellationToken, Parameters(document));
        return inserted == 0 ? new SaveOutcome.IdTaken(document.DiscussionId) : null;
    }

    private static async Task<GuildDocument?> FindPreviewAsync(
        DbConnection connection, DbTransaction? transaction, ulong guildId, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction,
            $"SELECT {DocumentColumns} FROM discussion_previews WHERE preview_key = @key AND guild_id = @guild AND expires_at > @now",
            ("key", key), ("guild", guildId.ToDb()), ("now", now.ToDb()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadDocument(reader) : null;
    }

    private static async Task<IReadOnlyList<StoredDiscussionInfo>> ListAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var list = new List<StoredDiscussionInfo>();
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(new StoredDiscussionInfo(reader.GetSnowflake(0), reader.GetString(1), Enum.Parse<DiscussionOrigin>(reader.GetString(2)),
                    reader.GetString(3), reader.GetSnowflake(4), reader.GetInstant(5)));
            }
            return list;
        }
    }

    private static GuildDocument ReadDocument(DbDataReader reader) => new(
        reader.GetSnowflake(0), reader.GetString(1), Enum.Parse<DocumentFormat>(reader.GetString(2)), Enum.Parse<DiscussionOrigin>(reader.GetString(3)),
        reader.GetString(4), reader.GetString(5), reader.GetSnowflake(6), reader.GetInstant(7));

    private static (string Name, object? Value)[] Parameters(GuildDocument document) =>
    [
        ("guild", document.GuildId.ToDb()), ("id", document.DiscussionId), ("format", document.Format.ToString()),
        ("origin", document.Origin.ToString()), ("source", document.Source), ("content", document.Content),
        ("by", document.AddedBy.ToDb()), ("at", document.AddedAt.ToDb()),
    ];

    private static string NewKey() => RandomNumberGenerator.GetString(KeyAlphabet, KeyLength);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: discussion {DiscussionId} added by user {UserId} from {Origin} {Source}")]
    private partial void LogSaved(ulong guildId, string discussionId, ulong userId, DiscussionOrigin origin, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: discussion {DiscussionId} removed")]
    private partial void LogRemoved(ulong guildId, string discussionId);
}
