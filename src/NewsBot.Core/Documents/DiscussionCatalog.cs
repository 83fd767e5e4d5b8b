using Microsoft.Extensions.Logging;
using NewsBot.Core.Documents.Sources;

namespace NewsBot.Core.Documents;

/// <summary>
/// The discussions of every <see cref="IDiscussionSource"/>, merged into one immutable <see cref="DiscussionSnapshot"/>
/// that a refresh swaps atomically, so readers never lock. Sources are kept in registration order (the documents folder
/// first), which decides id clashes within one scope (see <see cref="IdConflicts"/>); a source whose read fails keeps
/// its previous reading.
/// </summary>
public sealed partial class DiscussionCatalog : IDiscussionCatalog, IDisposable
{
    private readonly IDiscussionSource[] _sources;
    private readonly SemaphoreSlim[] _reading;
    private readonly SourceReading[] _readings;
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly ILogger<DiscussionCatalog> _logger;
    private IReadOnlyList<DocumentError> _lastConflicts = [];
    private DiscussionSnapshot _current = DiscussionSnapshot.Empty;

    public DiscussionCatalog(IEnumerable<IDiscussionSource> sources, ILogger<DiscussionCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = [.. sources];
        _reading = [.. _sources.Select(_ => new SemaphoreSlim(1, 1))];
        _readings = [.. _sources.Select(_ => SourceReading.Nothing)];
        _logger = logger;
    }

    public DiscussionSnapshot Current => Volatile.Read(ref _current);

    public event EventHandler? Changed;

    /// <summary>The sources, in the order they were registered.</summary>
    public IReadOnlyList<IDiscussionSource> Sources => _sources;

    /// <summary>Reads every source (concurrently) and publishes one new snapshot if anything changed; true if the discussions changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var readings = await Task.WhenAll(Enumerable.Range(0, _sources.Length).Select(i => ReadAsync(i, cancellationToken)));
        return await ApplyAsync(readings.Select((reading, i) => (i, reading)), cancellationToken);
    }

    /// <summary>Reads one source again (e.g. after it changed) and publishes a new snapshot if that changed anything.</summary>
    public async Task<bool> RefreshAsync(IDiscussionSource source, CancellationToken cancellationToken)
    {
        var index = Array.IndexOf(_sources, source);
        if (index < 0)
            throw new ArgumentException($"{source.Name} is not a source of this catalog.", nameof(source));
        var reading = await ReadAsync(index, cancellationToken);
        return await ApplyAsync([(index, reading)], cancellationToken);
    }

    public void Dispose()
    {
        _applying.Dispose();
        foreach (var gate in _reading)
            gate.Dispose();
    }

    private async Task<SourceReading?> ReadAsync(int index, CancellationToken cancellationToken)
    {
        var source = _sources[index];
        await _reading[index].WaitAsync(cancellationToken);
        try
        {
            return await source.ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSourceFailed(source.Name, e);
            return null;
        }
        finally
        {
            _reading[index].Release();
        }
    }

    private async Task<bool> ApplyAsync(IEnumerable<(int Index, SourceReading? Reading)> readings, CancellationToken cancellationToken)
    {
        bool discussionsChanged;
        await _applying.WaitAsync(cancellationToken);
        try
        {
            discussionsChanged = false;
            var errorsChanged = false;
            foreach (var (index, reading) in readings)
            {
                if (reading is null || reading.SameAs(_readings[index]))
                    continue;
                discussionsChanged |= !reading.Discussions.SequenceEqual(_readings[index].Discussions);
                errorsChanged |= !reading.Errors.SequenceEqual(_readings[index].Errors);
                _readings[index] = reading;
            }

            if (discussionsChanged)
                Volatile.Write(ref _current, Build());
            else if (errorsChanged)
                Volatile.Write(ref _current, _current.WithErrors(Errors(_lastConflicts)));
        }
        finally
        {
            _applying.Release();
        }

        // Outside the lock, so a subscriber may look at the catalog or ask for a refresh.
        if (discussionsChanged)
            Changed?.Invoke(this, EventArgs.Empty);
        return discussionsChanged;
    }

    private DiscussionSnapshot Build()
    {
        var offered = _readings.SelectMany(r => r.Discussions).ToList();
        var kept = IdConflicts.Settle(offered, out var conflicts);
        var conflictErrors = conflicts.Select(c => c.ToError()).ToList();
        // A clash is logged when it appears, not again on every refresh while it lasts.
        var logged = _lastConflicts.ToHashSet();
        foreach (var conflict in conflictErrors.Where(c => !logged.Contains(c)))
            LogIdConflict(conflict.Document, conflict.Reason);
        _lastConflicts = conflictErrors;
        return DiscussionSnapshot.Of(kept, Errors(conflictErrors));
    }

    private DocumentError[] Errors(IReadOnlyList<DocumentError> conflicts) => [.. _readings.SelectMany(r => r.Errors), .. conflicts];

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Document {Document} refused: {Reason}")]
    private partial void LogIdConflict(string document, string reason);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Reading {Source} failed; its discussions stay as they were until the next change or rescan")]
    private partial void LogSourceFailed(string source, Exception exception);
}
