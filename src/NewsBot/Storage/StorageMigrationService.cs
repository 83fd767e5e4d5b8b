using Microsoft.Data.Sqlite;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Npgsql;
using NewsBot.Startup;

namespace NewsBot.Storage;

/// <summary>
/// Creates or migrates the schema at start, so a bad connection string or an unreachable database fails the start. A
/// SQLite file that cannot be created or is not a database is reported as the setting <c>Storage:SqlitePath</c>; a
/// PostgreSQL server that cannot be reached or refuses the login as <c>Storage:PostgresConnectionString</c> (password
/// masked).
/// </summary>
internal sealed class StorageMigrationService(SqlDatabase database) : IHostedService, IStartupCheck
{
    public Task StartAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.EnsureSchemaAsync(cancellationToken);
        }
        catch (Exception ex) when (database is SqliteDatabase sqlite && ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new InvalidSettingException(
                "Storage:SqlitePath", sqlite.FilePath,
                $"a file where NewsBot can create or open its SQLite database (opening {Path.GetFullPath(sqlite.FilePath)} failed: {ex.Message.Trim().TrimEnd('.')})",
                ex);
        }
        catch (Exception ex) when (database is PostgresDatabase postgres && ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw new InvalidSettingException(
                "Storage:PostgresConnectionString", postgres.RedactedConnectionString,
                $"the connection string of a running PostgreSQL server that NewsBot can log in to (connecting failed: {ex.Message.Trim().TrimEnd('.')})",
                ex);
        }
    }
}
