using Microsoft.Data.Sqlite;
using NewsBot.Storage;
using Npgsql;

namespace NewsBot.Tests.Settings;

/// <summary>Throw-away databases: a SQLite file in a temp folder, or a fresh PostgreSQL schema per test.</summary>
internal static class TestDatabases
{
    public static TempSqlite Sqlite() => new();

    public static async Task<TempPostgres> PostgresAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = schema };
        return new TempPostgres(schema, builder.ConnectionString);
    }
}

internal sealed class TempSqlite : IAsyncDisposable
{
    public TempSqlite()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("newsbot-db-").FullName;
        Path = System.IO.Path.Combine(Directory, "data", "newsbot.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public SqliteDatabase Open() => new(Path);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may still be closing; the OS temp folder is cleaned eventually.
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class TempPostgres(string schema, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public PostgresDatabase Open() => new(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
