using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Discord.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which timers the code under test has set, and where: each timer is
/// labelled with the method that set it ("IdentifyScheduler.WaitTurnAsync"). A test waits until the code sleeps on the
/// timer it expects (an event), then moves the clock exactly to it: time never passes while the code is still reacting
/// to something else, never overshoots, and never wakes a timer nobody meant to wake, however slow the machine is.
/// </summary>
internal sealed class TimerClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    // Held while the clock moves and while a timer is set: a timer's due time is read from the same "now" the fake
    // clock counts it from. A Monitor, because the timers' callbacks set new timers on the moving thread.
    private readonly object _moving = new();
    private readonly HashSet<PendingTimer> _pending = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The timers that are set, earliest first, as "due time (set by)".</summary>
    public IReadOnlyList<string> PendingTimers
    {
        get
        {
            lock (_lock)
                return [.. _pending.OrderBy(t => t.Due).Select(t => $"{t.Due:HH:mm:ss.fff} ({t.SetBy})")];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var pending = new PendingTimer(SetBy(new StackTrace()));
        lock (_moving)
        {
            Arm(pending, dueTime, period);
            var inner = base.CreateTimer(s => Fire(pending, callback, s), state, dueTime, period);
            return new WatchedTimer(this, pending, inner);
        }
    }

    /// <summary>Waits until a timer due at exactly <paramref name="due"/> is set, then moves the clock there.</summary>
    public async Task AdvanceToTimerAsync(DateTimeOffset due)
    {
        await WaitForTimerAsync((d, _) => d == due);
        await AdvanceToAsync(due);
    }

    /// <summary>
    /// Waits until <paramref name="setBy"/> (a "Type.Method" of the code under test) has set a timer, moves the clock to
    /// the earliest such and returns when that is. Other timers due before it fire on the way, as they would.
    /// </summary>
    public async Task<DateTimeOffset> AdvanceToTimerAsync(string setBy)
    {
        var due = await WaitForTimerAsync((_, by) => by == setBy);
        await AdvanceToAsync(due);
        return due;
    }

    /// <summary>Waits until a timer matching <paramref name="match"/> is set, moves the clock to it and returns when that is.</summary>
    public async Task<DateTimeOffset> AdvanceToTimerAsync(Func<DateTimeOffset, bool> match)
    {
        var due = await WaitForTimerAsync((d, _) => match(d));
        await AdvanceToAsync(due);
        return due;
    }

    /// <summary>
    /// Waits (on the real clock, 30 s at most) until a timer matching <paramref name="match"/> (due time, set by) is set;
    /// returns the earliest such.
    /// </summary>
    public async Task<DateTimeOffset> WaitForTimerAsync(Func<DateTimeOffset, string, bool> match, CancellationToken cancellationToken = default)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
                var found = _pending.Where(t => match(t.Due, t.SetBy)).Select(t => (DateTimeOffset?)t.Due).Min();
                if (found is { } due)
                    return due;
            }
            try
            {
                await changed.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No expected timer was set; now {GetUtcNow():HH:mm:ss.fff}, pending [{string.Join(", ", PendingTimers)}]");
            }
        }
    }

    /// <summary>
    /// Until <paramref name="work"/> completes: waits for a timer within <paramref name="horizon"/> of now and, once
    /// <paramref name="whenQuiet"/> says nothing else is under way that could still set an earlier one, moves the clock
    /// to the earliest such timer. For code whose only waits are these timers, e.g. a rate-limited request queue.
    /// </summary>
    public async Task<T> RunUntilAsync<T>(Task<T> work, TimeSpan horizon, Func<Task>? whenQuiet = null)
    {
        await RunUntilAsync((Task)work, horizon, whenQuiet);
        return await work;
    }

    public async Task RunUntilAsync(Task work, TimeSpan horizon, Func<Task>? whenQuiet = null)
    {
        for (var advances = 0; !work.IsCompleted; advances++)
        {
            if (advances == 10_000)
                throw new TimeoutException($"The work did not complete after 10,000 timers; pending [{string.Join(", ", PendingTimers)}]");
            using var stop = new CancellationTokenSource();
            var timer = WaitForTimerAsync(Within(horizon), stop.Token);
            await Task.WhenAny(work, timer);
            await stop.CancelAsync();
            if (work.IsCompleted)
                break;
            if (whenQuiet is not null)
                await whenQuiet().WaitAsync(Patience);
            await AdvanceToAsync(await WaitForTimerAsync(Within(horizon)));
        }
        await work;
    }

    private Func<DateTimeOffset, string, bool> Within(TimeSpan horizon)
    {
        var now = GetUtcNow();
        return (due, _) => due > now && due - now <= horizon;
    }

    /// <summary>
    /// The innermost async method of the code under test on the stack ("GatewaySession.HeartbeatLoopAsync"), so a
    /// helper that only hands the wait to Task.Delay does not hide who waits; else the innermost method of ours at all.
    /// </summary>
    private static string SetBy(StackTrace stack)
    {
        string? innermost = null;
        foreach (var frame in stack.GetFrames())
        {
            if (frame.GetMethod() is not { DeclaringType: { } type } method || type == typeof(TimerClock))
                continue;
            // An async method runs as <Method>d__N.MoveNext nested in its class.
            var async = typeof(System.Runtime.CompilerServices.IAsyncStateMachine).IsAssignableFrom(type) && type.DeclaringType is not null;
            var (owner, name) = async
                ? (type.DeclaringType!, type.Name[1..type.Name.IndexOf('>', StringComparison.Ordinal)])
                : (type, method.Name);
            if (owner.Namespace?.StartsWith("NewsBot", StringComparison.Ordinal) != true)
                continue;
            if (async)
                return $"{owner.Name}.{name}";
            innermost ??= $"{owner.Name}.{name}";
        }
        return innermost ?? "?";
    }

    /// <summary>
    /// Moves the clock on a pool thread: the timers' callbacks run the code under test inline, and on the test's thread
    /// that code would capture xunit's synchronization context and queue its continuations behind the tests.
    /// </summary>
    private async Task AdvanceToAsync(DateTimeOffset instant)
    {
        await Task.Run(() =>
        {
            lock (_moving)
            {
                if (instant > GetUtcNow())
                    SetUtcNow(instant);
            }
        });
    }

    private void Arm(PendingTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        // Read before taking the lock: the fake clock has a lock of its own.
        var now = GetUtcNow();
        lock (_lock)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _pending.Remove(timer);
            }
            else
            {
                // As the fake clock counts it: in whole milliseconds, the fraction dropped.
                timer.Due = now + TimeSpan.FromMilliseconds((long)dueTime.TotalMilliseconds);
                timer.Period = TimeSpan.FromMilliseconds((long)period.TotalMilliseconds);
                _pending.Add(timer);
            }
        }
        Changed();
    }

    private void Fire(PendingTimer timer, TimerCallback callback, object? state)
    {
        lock (_lock)
        {
            if (timer.Period is var period && period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
                timer.Due += period;
            else
                _pending.Remove(timer);
        }
        Changed();
        callback(state);
    }

    private void Disarm(PendingTimer timer)
    {
        lock (_lock)
            _pending.Remove(timer);
        Changed();
    }

    private void Changed()
    {
        TaskCompletionSource previous;
        lock (_lock)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }

    private sealed class PendingTimer(string setBy)
    {
        public string SetBy { get; } = setBy;

        public DateTimeOffset Due { get; set; }
        public TimeSpan Period { get; set; }
    }

    private sealed class WatchedTimer(TimerClock clock, PendingTimer pending, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._moving)
            {
                clock.Arm(pending, dueTime, period);
                return inner.Change(dueTime, period);
            }
        }

        public void Dispose()
        {
            clock.Disarm(pending);
            inner.Dispose();
        }

        public async ValueTask DisposeAsync()
        {
            clock.Disarm(pending);
            await inner.DisposeAsync();
        }
    }
}
