using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Documents;

/// <summary>
/// The discussions loaded from the documents folder. Readers see immutable snapshots that a refresh swaps atomically;
/// a document that now fails keeps its last good version; failures are logged with their reason.
/// </summary>
public sealed class DiscussionCatalog(IOptions<DocumentsOptions> options, TimeProvider timeProvider, ILogger<DiscussionCatalog> logger)
    : IDiscussionCatalog, IDisposable
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly Dictionary<string, FileEntry> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private Snapshot _snapshot = Snapshot.Empty;

    public IReadOnlyList<Discussion> All => Volatile.Read(ref _snapshot).All;

    public event EventHandler? Changed;

    /// <summary>The documents folder as a full path.</summary>
    public string Folder => Path.GetFullPath(options.Value.Folder);

    public Discussion? Find(string id) => Volatile.Read(ref _snapshot).ById.GetValueOrDefault(id);

    /// <summary>Marks a file as changed so the next refresh reads it again even if its size and time look the same.</summary>
    public void Invalidate(string path) => _dirty[Path.GetFullPath(path)] = 0;

    /// <summary>Reads new and changed documents (in parallel), drops deleted ones, and publishes a new snapshot if anything changed.</summary>
    public async Task<CatalogRefresh> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var started = timeProvider.GetTimestamp();
            var folder = Folder;
            var present = ListDocuments(folder);
            var toRead = new List<(string Path, long Length, DateTime Written)>();
            foreach (var (path, length, written) in present)
            {
                var dirty = _dirty.TryRemove(path, out _);
                if (dirty || !_files.TryGetValue(path, out var known) || known.Length != length || known.Written != written)
                    toRead.Add((path, length, written));
            }

            var results = new ParseResult[toRead.Count];
            var maxBytes = options.Value.MaxDocumentBytes;
            await Parallel.ForEachAsync(
                Enumerable.Range(0, toRead.Count),
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (i, ct) => results[i] = await DocumentReader.ReadAsync(toRead[i].Path, maxBytes, ct));

            var changed = false;
            var parsed = 0;
            var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < toRead.Count; i++)
            {
                var (path, length, written) = toRead[i];
                _files.TryGetValue(path, out var previous);
                switch (results[i])
                {
                    case ParseResult.Parsed ok:
                        parsed++;
                        changed |= previous?.Discussion != ok.Discussion;
                        _files[path] = new FileEntry(length, written, ok.Discussion);
                        if (logger.IsEnabled(LogLevel.Information))
                        {
                            var names = string.Join(", ", ok.Discussion.Panel.Select(e => e.Name));
                            DocumentsLog.Loaded(logger, ok.Discussion.Id, ok.Discussion.Headline, names);
                        }
                        break;
                    case ParseResult.Rejected no:
                        rejected[path] = no.ToString();
                        _files[path] = new FileEntry(length, written, previous?.Discussion);
                        if (previous?.Discussion is null)
                            DocumentsLog.Rejected(logger, path, no.ToString());
                        else
                            DocumentsLog.RejectedKeptOld(logger, path, no.ToString());
                        break;
                }
            }

            var presentPaths = present.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
            var removed = new List<string>();
            foreach (var path in _files.Keys.Where(p => !presentPaths.Contains(p)).ToArray())
            {
                if (_files[path].Discussion is { } gone)
                {
                    removed.Add(gone.Id);
                    DocumentsLog.Removed(logger, gone.Id);
                    changed = true;
                }

                _files.Remove(path);
            }

            if (changed)
            {
                Volatile.Write(ref _snapshot, Snapshot.Of(_files.Values.Select(f => f.Discussion).OfType<Discussion>()));
                Changed?.Invoke(this, EventArgs.Empty);
            }

            if (toRead.Count > 0 || removed.Count > 0)
            {
                var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
                DocumentsLog.Refreshed(logger, folder, parsed, rejected.Count, removed.Count, All.Count, elapsed);
            }
            return new CatalogRefresh(parsed, rejected, removed);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private List<(string Path, long Length, DateTime Written)> ListDocuments(string folder)
    {
        var list = new List<(string, long, DateTime)>();
        if (!Directory.Exists(folder))
        {
            DocumentsLog.FolderMissing(logger, folder);
            return list;
        }

        foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*.txt", SearchOption.TopDirectoryOnly))
            list.Add((info.FullName, info.Length, info.LastWriteTimeUtc));
        return list;
    }

    private sealed record FileEntry(long Length, DateTime Written, Discussion? Discussion);

    private sealed record Snapshot(IReadOnlyList<Discussion> All, FrozenDictionary<string, Discussion> ById)
    {
        public static readonly Snapshot Empty = new([], FrozenDictionary<string, Discussion>.Empty);

        public static Snapshot Of(IEnumerable<Discussion> discussions)
        {
            var all = discussions.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
            return new Snapshot(all, all.DistinctBy(d => d.Id).ToFrozenDictionary(d => d.Id, StringComparer.Ordinal));
        }
    }
}
