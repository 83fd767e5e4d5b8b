using Npgsql;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// A schema of its own in the PostgreSQL test database (<see cref="PostgresFactAttribute"/>), dropped when disposed: a
/// test sees only its own rows, runs of other branches with another schema version cannot clash with it, and nothing
/// accumulates in <c>public</c>.
/// </summary>
internal sealed class TestPostgresSchema : IAsyncDisposable
{
    private readonly string _schema;

    private TestPostgresSchema(string schema, string connectionString)
    {
        _schema = schema;
        ConnectionString = connectionString;
    }

    /// <summary>The test database's connection string with this schema as its search path.</summary>
    public string ConnectionString { get; }

    /// <param name="prefix">Names the test in the schema's name, for a reader of the database.</param>
    /// <param name="maxPoolSize">A smaller pool per process, where a test runs several bot processes.</param>
    public static async Task<TestPostgresSchema> CreateAsync(string prefix, int? maxPoolSize = null)
    {
        var schema = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 17)];
        await ExecuteAsync($"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = schema };
        if (maxPoolSize is { } size)
            builder.MaxPoolSize = size;
        return new TestPostgresSchema(schema, builder.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        // Idle pooled connections of this schema would otherwise hold it open for the drop.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(pooled);
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
