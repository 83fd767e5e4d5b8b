using System.Data.Common;

namespace NewsBot.Storage;

/// <summary>The per-server counts a limit is checked against (each its own lock, so they never wait for each other).</summary>
internal enum LimitedRows
{
    Discussions = 1,
    Feeds = 2,
    Streams = 3,
}

/// <summary>
/// Makes "count, then insert if below the limit" exact when two saves for one server run at once. On PostgreSQL (read
/// committed) both would count the same rows and both insert, one over the limit; a transaction-scoped advisory lock keyed
/// by (rows, server) lets one count-and-insert finish before the next counts. SQLite needs nothing: its transactions begin
/// IMMEDIATE, so writers are serial already.
/// </summary>
internal static class GuildLimitLock
{
    public static async Task LockLimitAsync(
        this DbConnection connection, DbTransaction transaction, SqlDatabase database, LimitedRows rows, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != StorageProvider.Postgres)
            return;
        var server = unchecked((int)(guildId ^ (guildId >> 32)));
        await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@rows, @server)", cancellationToken, ("rows", (int)rows), ("server", server));
    }
}
