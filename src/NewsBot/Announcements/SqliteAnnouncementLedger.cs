using NewsBot.Storage;

namespace NewsBot.Announcements;

/// <summary>The announcement ledger in the local SQLite file.</summary>
internal sealed class SqliteAnnouncementLedger(SqliteDatabase database) : SqlAnnouncementLedger(database);
