using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>
/// One relational database (SQLite or PostgreSQL) with NewsBot's schema. The SQL used by the stores is common to both
/// engines (<c>ON CONFLICT</c>, <c>RETURNING</c>, BIGINT instants in Unix milliseconds, ids as signed 64-bit values),
/// so the stores take any <see cref="SqlDatabase"/>; only connection handling and a few DDL words differ, and they live here.
/// </summary>
internal abstract class SqlDatabase(TimeProvider? time) : IAsyncDisposable
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>The database <paramref name="options"/> choose (not opened yet: that happens on first use or at start).</summary>
    public static SqlDatabase For(StorageOptions options, TimeProvider time) => options.Provider == StorageProvider.Postgres
        ? new PostgresDatabase(options.PostgresConnectionString!, time)
        : new SqliteDatabase(options.SqlitePath, time);

    public abstract StorageProvider Provider { get; }

    /// <summary>DDL for an auto-incrementing 64-bit primary key column.</summary>
    public abstract string IdentityColumn { get; }

    protected abstract Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken);

    /// <summary>Applies the engine's connection settings (e.g. WAL) once, before migrating.</summary>
    protected virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An open connection on a migrated schema.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
            return;
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
                return;
            await using var connection = await OpenRawAsync(cancellationToken);
            await PrepareAsync(connection, cancellationToken);
            await SchemaMigrator.MigrateAsync(this, connection, _time.GetUtcNow(), cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public virtual ValueTask DisposeAsync()
    {
        _schemaGate.Dispose();
        return ValueTask.CompletedTask;
    }
}
