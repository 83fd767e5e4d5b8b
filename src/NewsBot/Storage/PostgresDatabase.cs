using System.Data.Common;
using Npgsql;

namespace NewsBot.Storage;

/// <summary>A PostgreSQL database through one pooled <see cref="NpgsqlDataSource"/>.</summary>
internal sealed class PostgresDatabase(string connectionString, TimeProvider? time = null) : SqlDatabase(time)
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override StorageProvider Provider => StorageProvider.Postgres;

    /// <summary>The connection string with its password masked, safe for a log line or an error message.</summary>
    public string RedactedConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!string.IsNullOrEmpty(builder.Password))
                builder.Password = "***";
            return builder.ConnectionString;
        }
    }

    public override string IdentityColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    protected override async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}
