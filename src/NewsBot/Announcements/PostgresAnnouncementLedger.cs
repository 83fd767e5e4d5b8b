using NewsBot.Storage;

namespace NewsBot.Announcements;

/// <summary>The announcement ledger in PostgreSQL: several instances share it, the conditional writes keep each step once.</summary>
internal sealed class PostgresAnnouncementLedger(PostgresDatabase database) : SqlAnnouncementLedger(database);
