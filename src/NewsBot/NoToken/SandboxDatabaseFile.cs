using Microsoft.Data.Sqlite;

namespace NewsBot.NoToken;

/// <summary>The throw-away SQLite file of a sandbox run; deleted when the host is disposed.</summary>
internal sealed class SandboxDatabaseFile(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Best effort: it lives in the temp folder.
            }
            catch (UnauthorizedAccessException)
            {
                // Best effort: it lives in the temp folder.
            }
        }
    }
}
