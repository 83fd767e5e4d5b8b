using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;

namespace NewsBot.NoToken.Demo;

/// <summary>
/// The schedule of the no-token run: the schedule file's streams plus the <see cref="SandboxDemoStream"/>. Changes of
/// either (the file, or the demo's document appearing or going) raise <see cref="Changed"/>, so announcements re-plan.
/// </summary>
internal sealed class ScheduleWithDemoStream : IStreamSchedule, IDisposable
{
    private readonly IStreamSchedule _file;
    private readonly IDiscussionCatalog _catalog;
    private readonly SandboxDemoStream _demo;
    private readonly Lock _gate = new();
    private StreamEntry? _lastDemo;
    private (IReadOnlyList<StreamEntry> File, StreamEntry? Demo, IReadOnlyList<StreamEntry> Merged)? _merged;

    public ScheduleWithDemoStream(IStreamSchedule file, IDiscussionCatalog catalog, SandboxDemoStream demo)
    {
        _file = file;
        _catalog = catalog;
        _demo = demo;
        _lastDemo = demo.Entry(catalog);
        _file.Changed += OnFileChanged;
        _catalog.Changed += OnCatalogChanged;
    }

    public IReadOnlyList<StreamEntry> Streams
    {
        get
        {
            var file = _file.Streams;
            var demo = _demo.Entry(_catalog);
            lock (_gate)
            {
                if (_merged is not { } cached || !ReferenceEquals(cached.File, file) || cached.Demo != demo)
                {
                    IReadOnlyList<StreamEntry> merged = demo is null
                        ? file
                        : [.. file.Append(demo).OrderBy(s => s.StartsAt).ThenBy(s => s.DiscussionId, StringComparer.Ordinal)];
                    _merged = cached = (file, demo, merged);
                }
                return cached.Merged;
            }
        }
    }

    public event EventHandler? Changed;

    public void Dispose()
    {
        _file.Changed -= OnFileChanged;
        _catalog.Changed -= OnCatalogChanged;
    }

    private void OnFileChanged(object? sender, EventArgs e) => Changed?.Invoke(this, EventArgs.Empty);

    private void OnCatalogChanged(object? sender, EventArgs e)
    {
        var demo = _demo.Entry(_catalog);
        lock (_gate)
        {
            if (demo == _lastDemo)
                return;
            _lastDemo = demo;
        }
        Changed?.Invoke(this, EventArgs.Empty);
    }
}
