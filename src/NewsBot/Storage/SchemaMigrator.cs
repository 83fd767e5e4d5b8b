using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>
/// A tiny versioned migration: <c>schema_migrations</c> holds the applied versions; each missing version runs in a
/// transaction. On PostgreSQL an advisory lock keeps two instances starting together from migrating twice.
/// </summary>
internal static class SchemaMigrator
{
    private const long PostgresLockKey = 0x4E657773426F74; // "NewsBot"

    public static async Task MigrateAsync(SqlDatabase database, DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (database.Provider == StorageProvider.Postgres)
            await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", PostgresLockKey));
        await connection.ExecuteAsync(transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", cancellationToken);

        var applied = new HashSet<int>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                applied.Add(reader.GetInt32(0));
        }

        foreach (var (version, statements) in SchemaMigrations.All(database))
        {
            if (applied.Contains(version))
                continue;
            foreach (var statement in statements)
                await connection.ExecuteAsync(transaction, statement, cancellationToken);
            await connection.ExecuteAsync(transaction,
                "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @now)", cancellationToken,
                ("version", version), ("now", now.ToDb()));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
