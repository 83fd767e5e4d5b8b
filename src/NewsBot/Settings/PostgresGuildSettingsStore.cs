using Microsoft.Extensions.Logging;
using NewsBot.Storage;

namespace NewsBot.Settings;

/// <summary>Guild settings in PostgreSQL, shared by several bot instances.</summary>
internal sealed class PostgresGuildSettingsStore(PostgresDatabase database, TimeProvider time, ILogger<PostgresGuildSettingsStore> logger)
    : SqlGuildSettingsStore(database, time, logger);
