using System.Collections.Concurrent;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Per-request timeouts from reused <see cref="CancellationTokenSource"/>s: a source that did not fire is reset (its timer
/// kept) and handed to the next request, instead of a new linked source and timer per request.
/// </summary>
internal sealed class RequestTimeouts(TimeSpan timeout, TimeProvider time)
{
    private readonly ConcurrentQueue<CancellationTokenSource> _pool = new();

    public TimeSpan Timeout => timeout;

    /// <summary>A token cancelled after the timeout or when <paramref name="cancellationToken"/> is; dispose the scope after the request.</summary>
    public Scope Start(CancellationToken cancellationToken)
    {
        if (!_pool.TryDequeue(out var source))
            source = new CancellationTokenSource(System.Threading.Timeout.InfiniteTimeSpan, time);
        source.CancelAfter(timeout);
        var link = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source);
        return new Scope(this, source, link);
    }

    private void Return(CancellationTokenSource source)
    {
        // At most as many sources as requests ever ran at once.
        if (source.TryReset())
            _pool.Enqueue(source);
        else
            source.Dispose();
    }

    internal readonly struct Scope(RequestTimeouts owner, CancellationTokenSource source, CancellationTokenRegistration link) : IDisposable
    {
        public CancellationToken Token => source.Token;

        /// <summary>True when the timeout fired (not the caller's cancellation).</summary>
        public bool TimedOut(CancellationToken cancellationToken) => source.IsCancellationRequested && !cancellationToken.IsCancellationRequested;

        public void Dispose()
        {
            // Unregistering waits for a running callback, so the source is not cancelled after it went back to the pool.
            link.Dispose();
            owner.Return(source);
        }
    }
}
