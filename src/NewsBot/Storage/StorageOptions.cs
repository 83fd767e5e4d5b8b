namespace NewsBot.Storage;

/// <summary>Where guild settings, the announcement ledger and mirrored events are stored (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, one process) or <c>Postgres</c> (several instances).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite database file, created with its folder on first use.</summary>
    public string SqlitePath { get; set; } = "data/newsbot.db";

    /// <summary>An Npgsql connection string; required when <see cref="Provider"/> is <c>Postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }
}
