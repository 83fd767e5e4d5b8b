using System.Collections.Concurrent;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Records the names of the dispatches the client delivered (after its cache saw them) and lets a test wait for them.</summary>
internal sealed class DispatchRecorder : IGatewayDispatchObserver
{
    private readonly ConcurrentQueue<string> _names = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Names => [.. _names];

    public int Count(string name) => _names.Count(n => n == name);

    public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        _names.Enqueue(dispatch.Name);
        TaskCompletionSource changed;
        lock (_lock)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits until at least <paramref name="count"/> dispatches called <paramref name="name"/> arrived.</summary>
    public async Task WaitForAsync(string name, int count = 1)
    {
        using var timeout = new CancellationTokenSource(SandboxBot.Timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
                changed = _changed.Task;
            if (Count(name) >= count)
                return;
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited for {count} × {name}; got [{string.Join(", ", Names)}]");
            }
        }
    }
}
