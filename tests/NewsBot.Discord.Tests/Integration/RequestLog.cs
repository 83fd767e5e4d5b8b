using System.Collections.Concurrent;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Every request the client really sent, with the status it got.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<(string Method, string Path, int Status)> _entries = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;

    public IReadOnlyList<(string Method, string Path, int Status)> Entries => [.. _entries];

    public int Count(string method, string pathContains) =>
        _entries.Count(e => e.Method == method && e.Path.Contains(pathContains, StringComparison.Ordinal));

    public int Count(string method, string pathContains, int status) =>
        _entries.Count(e => e.Method == method && e.Status == status && e.Path.Contains(pathContains, StringComparison.Ordinal));

    /// <summary>Waits until a request matching the method and path got an answer.</summary>
    public async Task WaitForAsync(string method, string pathContains)
    {
        using var timeout = new CancellationTokenSource(SandboxBot.Timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
                changed = _changed.Task;
            if (Count(method, pathContains) > 0)
                return;
            await changed.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Completes once no request is on its way (sent and not yet answered).</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_inFlight == 0)
                    return;
                changed = _changed.Task;
            }
            await changed;
        }
    }

    private void Sending()
    {
        lock (_lock)
            _inFlight++;
    }

    private void Add((string Method, string Path, int Status)? entry)
    {
        if (entry is { } answered)
            _entries.Enqueue(answered);
        TaskCompletionSource changed;
        lock (_lock)
        {
            _inFlight--;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>A handler for the client's HTTP pipeline that records into this log.</summary>
    public DelegatingHandler CreateHandler() => new Recorder(this);

    private sealed class Recorder(RequestLog log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            log.Sending();
            (string, string, int)? entry = null;
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                entry = (request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode);
                return response;
            }
            finally
            {
                log.Add(entry);
            }
        }
    }
}
