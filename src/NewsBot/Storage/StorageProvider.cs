namespace NewsBot.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
