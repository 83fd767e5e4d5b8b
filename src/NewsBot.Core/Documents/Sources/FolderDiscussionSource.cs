using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Watching;

namespace NewsBot.Core.Documents.Sources;

/// <summary>
/// The <c>*.txt</c> documents of <see cref="DocumentsOptions.Folder"/>, shared by every guild; a document's id is its file
/// name without extension. A read parses only new and changed files (in parallel); a file that now fails keeps its last
/// good version. Watched by a debounced file watcher with a periodic rescan.
/// </summary>
public sealed class FolderDiscussionSource(
    IOptions<DocumentsOptions> options, TimeProvider timeProvider, ILogger<FolderDiscussionSource> logger) : IDiscussionSource
{
    private readonly Dictionary<string, FileEntry> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private SourceReading _last = SourceReading.Nothing;
    private bool _folderMissing;

    public string Name => $"documents folder {Folder}";

    /// <summary>The documents folder as a full path.</summary>
    public string Folder => Path.GetFullPath(options.Value.Folder);

    /// <summary>Marks a file as changed so the next read parses it again even if its size and time look the same.</summary>
    public void Invalidate(string path) => _dirty[Path.GetFullPath(path)] = 0;

    public async Task<SourceReading> ReadAsync(CancellationToken cancellationToken)
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

        var parsed = 0;
        var rejected = 0;
        for (var i = 0; i < toRead.Count; i++)
        {
            var (path, length, written) = toRead[i];
            _files.TryGetValue(path, out var previous);
            switch (results[i])
            {
                case ParseResult.Parsed ok:
                    parsed++;
                    _files[path] = new FileEntry(length, written, ok.Discussion, Error: null);
                    if (logger.IsEnabled(LogLevel.Information))
                    {
                        var names = string.Join(", ", ok.Discussion.Panel.Select(e => e.Name));
                        DocumentsLog.Loaded(logger, ok.Discussion.Id, ok.Discussion.Headline, names);
                    }
                    break;
                case ParseResult.Rejected no:
                    rejected++;
                    _files[path] = new FileEntry(length, written, previous?.Discussion, no.ToString());
                    if (previous?.Discussion is null)
                        DocumentsLog.Rejected(logger, path, no.ToString());
                    else
                        DocumentsLog.RejectedKeptOld(logger, path, no.ToString());
                    break;
            }
        }

        var presentPaths = present.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        var gone = _files.Keys.Where(p => !presentPaths.Contains(p)).ToArray();
        foreach (var path in gone)
        {
            if (_files[path].Discussion is { } discussion)
            {
                removed++;
                DocumentsLog.Removed(logger, discussion.Id);
            }

            _files.Remove(path);
        }

        // Nothing read and nothing gone: the same reading, so the catalog has nothing to compare.
        if (toRead.Count == 0 && gone.Length == 0)
            return _last;

        _last = Reading();
        if (toRead.Count > 0 || removed > 0)
        {
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            DocumentsLog.Refreshed(logger, folder, parsed, rejected, removed, _last.Discussions.Count, elapsed);
        }
        return _last;
    }

    public async Task WatchAsync(Func<CancellationToken, Task> refresh, CancellationToken stoppingToken)
    {
        var current = options.Value;
        var watch = new FileWatch("the documents", Folder, "*.txt", current.Debounce, current.RescanInterval);
        await using var watcher = DebouncedFileWatcher.Start(watch, refresh, timeProvider, logger, Invalidate);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private SourceReading Reading()
    {
        var discussions = _files
            .Where(f => f.Value.Discussion is not null)
            .Select(f => new SourcedDiscussion(f.Value.Discussion!, DiscussionScope.Shared, f.Key))
            .OrderBy(d => d.Discussion.Id, StringComparer.Ordinal)
            .ToArray();
        var errors = _files
            .Where(f => f.Value.Error is not null)
            .Select(f => new DocumentError(f.Key, f.Value.Error!))
            .OrderBy(e => e.Document, StringComparer.Ordinal)
            .ToArray();
        return new SourceReading(discussions, errors);
    }

    private List<(string Path, long Length, DateTime Written)> ListDocuments(string folder)
    {
        var list = new List<(string, long, DateTime)>();
        if (!Directory.Exists(folder))
        {
            // Said once when it goes missing, not on every rescan.
            if (!_folderMissing)
                DocumentsLog.FolderMissing(logger, folder);
            _folderMissing = true;
            return list;
        }

        _folderMissing = false;
        foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*.txt", SearchOption.TopDirectoryOnly))
            list.Add((info.FullName, info.Length, info.LastWriteTimeUtc));
        return list;
    }

    /// <param name="Length">The size the file had when it was read.</param>
    /// <param name="Written">Its last write time then.</param>
    /// <param name="Discussion">The last good version, if any.</param>
    /// <param name="Error">Why the file's latest content was refused, or null when it was read.</param>
    private sealed record FileEntry(long Length, DateTime Written, Discussion? Discussion, string? Error);
}
