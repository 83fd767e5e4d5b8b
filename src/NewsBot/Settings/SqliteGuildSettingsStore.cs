using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Settings;

/// <summary>Guild settings in a local SQLite file (default <c>data/newsbot.db</c>, WAL mode).</summary>
internal sealed class SqliteGuildSettingsStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteGuildSettingsStore> logger)
    : SqlGuildSettingsStore(database, time, logger);
