using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>
/// Per-route buckets keyed by route and major parameter, learning Discord's <c>X-RateLimit-Bucket</c> ids so routes
/// that share a bucket queue together; plus the global limit. A request waits here instead of earning a 429.
/// </summary>
internal sealed class RestRateLimiter
{
    private const int PruneThreshold = 5000;
    private static readonly TimeSpan PruneInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdleBeforePrune = TimeSpan.FromMinutes(1);
    private readonly Lock _pruneLock = new();
    private readonly ConcurrentDictionary<string, string> _bucketIdsByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public RestRateLimiter(TimeProvider time, IOptions<DiscordClientOptions> options)
    {
        _time = time;
        Global = new GlobalRateLimiter(time, options.Value.GlobalRequestsPerSecond);
    }

    public GlobalRateLimiter Global { get; }

    internal int BucketCount => _buckets.Count;

    private DateTimeOffset NextPrune { get; set; }

    /// <summary>Waits for a free slot in the route's bucket (and globally); dispose the lease after the response.</summary>
    public async ValueTask<Lease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var bucket = GetBucket(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            // One reading of the clock per check: reading it twice let the wait turn negative (Task.Delay throws).
            while (bucket.Remaining is 0 && bucket.ResetAt - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, cancellationToken);
            if (route.ExemptFromGlobalLimit)
                await Global.WaitForPauseAsync(cancellationToken);
            else
                await Global.AcquireAsync(cancellationToken);
            bucket.LastUsed = _time.GetUtcNow();
            return new Lease(bucket);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Applies the response's rate-limit headers to the bucket.</summary>
    public void Update(DiscordRoute route, Lease lease, HttpResponseHeaders headers)
    {
        var remaining = ReadInt(headers, "X-RateLimit-Remaining");
        var resetAfter = ReadSeconds(headers, "X-RateLimit-Reset-After");
        var state = lease.Bucket;
        if (ReadString(headers, "X-RateLimit-Bucket") is { } bucketId)
        {
            _bucketIdsByRoute[route.RouteKey] = bucketId;
            // The first route to name a bucket hands it its own state, so requests still queued on that state and
            // requests arriving under the learned id share one gate instead of running side by side into a 429.
            var shared = _buckets.GetOrAdd(BucketKey(bucketId, route.MajorParameter), state);
            if (!ReferenceEquals(shared, state))
                Apply(shared, remaining, resetAfter);
        }
        Apply(state, remaining, resetAfter);
    }

    /// <summary>Records a 429 and returns how long to wait before trying again.</summary>
    public TimeSpan OnTooManyRequests(Lease lease, HttpResponseHeaders headers, double? bodyRetryAfter, bool? bodyGlobal)
    {
        var retryAfter = TimeSpan.FromSeconds(Math.Max(0, bodyRetryAfter ?? ReadSeconds(headers, "Retry-After")?.TotalSeconds ?? 1));
        var isGlobal = bodyGlobal == true
            || string.Equals(ReadString(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(ReadString(headers, "X-RateLimit-Scope"), "global", StringComparison.OrdinalIgnoreCase);
        var until = _time.GetUtcNow() + retryAfter;
        if (isGlobal)
        {
            Global.PauseUntil(until);
        }
        else
        {
            lease.Bucket.Remaining = 0;
            lease.Bucket.ResetAt = until;
        }
        return retryAfter;
    }

    private void Apply(RateLimitBucket bucket, int? remaining, TimeSpan? resetAfter)
    {
        if (remaining is { } r)
            bucket.Remaining = r;
        if (resetAfter is { } after)
            bucket.ResetAt = _time.GetUtcNow() + after;
    }

    private RateLimitBucket GetBucket(DiscordRoute route)
    {
        if (_buckets.Count > PruneThreshold && _time.GetUtcNow() >= NextPrune)
            Prune();
        var key = _bucketIdsByRoute.TryGetValue(route.RouteKey, out var bucketId)
            ? BucketKey(bucketId, route.MajorParameter)
            : BucketKey(route.RouteKey, route.MajorParameter);
        return _buckets.GetOrAdd(key, _ => new RateLimitBucket());
    }

    /// <summary>
    /// Interaction and webhook-token buckets are per token: forget idle ones whose window has passed (they hold nothing
    /// a fresh bucket would not learn again) so the map stays small. Runs at most every <see cref="PruneInterval"/>:
    /// scanning on every request once the map is large made each request cost O(buckets).
    /// </summary>
    private void Prune()
    {
        var now = _time.GetUtcNow();
        lock (_pruneLock)
        {
            if (now < NextPrune)
                return;
            NextPrune = now + PruneInterval;
        }
        var cutoff = now - IdleBeforePrune;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.LastUsed < cutoff && bucket.ResetAt < now && bucket.Gate.CurrentCount == 1)
                _buckets.TryRemove(key, out _);
        }
    }

    private static string BucketKey(string bucket, string major) => $"{bucket}|{major}";

    /// <summary>The header's first value, read without validation or an enumerable allocation (called several times per response).</summary>
    private static string? ReadString(HttpResponseHeaders headers, string name)
    {
        if (!headers.NonValidated.TryGetValues(name, out var values))
            return null;
        foreach (var value in values)
            return value;
        return null;
    }

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        int.TryParse(ReadString(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? ReadSeconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(ReadString(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    internal sealed class Lease(RateLimitBucket bucket) : IDisposable
    {
        private int _released;

        public RateLimitBucket Bucket { get; } = bucket;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                Bucket.Gate.Release();
        }
    }
}
