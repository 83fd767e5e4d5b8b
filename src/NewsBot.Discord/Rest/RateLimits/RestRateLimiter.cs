using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>
/// Per-route buckets keyed by route and major parameter, learning Discord's <c>X-RateLimit-Bucket</c> ids so routes
/// that share a bucket queue together; plus the global limit. A request waits here instead of earning a 429.
/// A bucket lives while requests use it or while its exhausted window runs: the last request out retires it, so
/// per-token buckets (webhook tokens, one per interaction) never pile up. Bucketless routes take no bucket at all.
/// </summary>
internal sealed class RestRateLimiter
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, string> _bucketIdsByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private long _nextSweepTicks;

    public RestRateLimiter(TimeProvider time, IOptions<DiscordClientOptions> options)
    {
        _time = time;
        Global = new GlobalRateLimiter(time, options.Value.GlobalRequestsPerSecond);
    }

    public GlobalRateLimiter Global { get; }

    /// <summary>Buckets currently kept (tests only: counting takes all of the map's locks).</summary>
    internal int BucketCount => _buckets.Count;

    /// <summary>Waits for a free slot in the route's bucket (and globally); dispose the lease after the response.</summary>
    public async ValueTask<Lease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.Bucketless)
        {
            await WaitGlobalAsync(route, cancellationToken);
            return new Lease(this, null, HoldsGlobalSlot(route));
        }
        var bucket = EnterBucket(route);
        var entered = false;
        try
        {
            await bucket.Gate.WaitAsync(cancellationToken);
            entered = true;
            // One reading of the clock per check: reading it twice let the wait turn negative (Task.Delay throws).
            while (bucket.Remaining is 0 && bucket.ResetAt - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
                await ClockDelay.AtLeastAsync(wait, _time, cancellationToken);
            await WaitGlobalAsync(route, cancellationToken);
            return new Lease(this, bucket, HoldsGlobalSlot(route));
        }
        catch
        {
            if (entered)
                bucket.Gate.Release();
            Leave(bucket);
            throw;
        }
    }

    private ValueTask WaitGlobalAsync(DiscordRoute route, CancellationToken cancellationToken) =>
        HoldsGlobalSlot(route) ? Global.AcquireAsync(cancellationToken) : Global.WaitForPauseAsync(cancellationToken);

    private static bool HoldsGlobalSlot(DiscordRoute route) => !route.ExemptFromGlobalLimit;

    /// <summary>Applies the response's rate-limit headers to the bucket (bucketless leases learn nothing).</summary>
    public void Update(DiscordRoute route, Lease lease, HttpResponseHeaders headers)
    {
        if (lease.Bucket is not { } state)
            return;
        var remaining = ReadInt(headers, "X-RateLimit-Remaining");
        var resetAfter = ReadSeconds(headers, "X-RateLimit-Reset-After");
        if (ReadString(headers, "X-RateLimit-Bucket") is { } bucketId)
        {
            _bucketIdsByRoute[route.RouteKey] = bucketId;
            // The first route to name a bucket hands it its own state, so requests still queued on that state and
            // requests arriving under the learned id share one gate instead of running side by side into a 429.
            var learnedKey = BucketKey(bucketId, route.MajorParameter);
            if (learnedKey != state.Key && state.AliasKey is null)
            {
                var shared = _buckets.GetOrAdd(learnedKey, state);
                if (ReferenceEquals(shared, state))
                    state.AliasKey = learnedKey;
                else
                    Apply(shared, remaining, resetAfter);
            }
        }
        Apply(state, remaining, resetAfter);
    }

    /// <summary>Records a 429 and returns how long to wait before trying again.</summary>
    public TimeSpan OnTooManyRequests(Lease lease, HttpResponseHeaders headers, double? bodyRetryAfter, bool? bodyGlobal)
    {
        var retryAfter = RetryAfter(headers, bodyRetryAfter);
        var until = _time.GetUtcNow() + retryAfter;
        if (IsGlobal(headers, bodyGlobal))
        {
            Global.PauseUntil(until);
        }
        else if (lease.Bucket is { } bucket)
        {
            bucket.Remaining = 0;
            bucket.ResetAt = until;
        }
        return retryAfter;
    }

    /// <summary>The wait a 429 asks for: the body's <c>retry_after</c>, else the header, else a second.</summary>
    public static TimeSpan RetryAfter(HttpResponseHeaders headers, double? bodyRetryAfter) =>
        TimeSpan.FromSeconds(Math.Max(0, bodyRetryAfter ?? ReadSeconds(headers, "Retry-After")?.TotalSeconds ?? 1));

    public static bool IsGlobal(HttpResponseHeaders headers, bool? bodyGlobal) =>
        bodyGlobal == true
        || string.Equals(ReadString(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(ReadString(headers, "X-RateLimit-Scope"), "global", StringComparison.OrdinalIgnoreCase);

    /// <summary>Discord's <c>X-RateLimit-Scope</c> of a 429 (<c>user</c>, <c>global</c>, <c>shared</c>), else what the body says.</summary>
    public static string Scope(HttpResponseHeaders headers, bool? bodyGlobal) =>
        ReadString(headers, "X-RateLimit-Scope") is { Length: > 0 } scope
            ? scope.ToLowerInvariant() switch { "user" => "user", "global" => "global", "shared" => "shared", _ => "other" }
            : IsGlobal(headers, bodyGlobal) ? "global" : "user";

    private void Apply(RateLimitBucket bucket, int? remaining, TimeSpan? resetAfter)
    {
        if (remaining is { } r)
            bucket.Remaining = r;
        if (resetAfter is { } after)
            bucket.ResetAt = _time.GetUtcNow() + after;
    }

    /// <summary>The route's bucket, counted as in use until <see cref="Leave"/>.</summary>
    private RateLimitBucket EnterBucket(DiscordRoute route)
    {
        SweepIfDue();
        var key = _bucketIdsByRoute.TryGetValue(route.RouteKey, out var bucketId)
            ? BucketKey(bucketId, route.MajorParameter)
            : BucketKey(route.RouteKey, route.MajorParameter);
        while (true)
        {
            var bucket = _buckets.GetOrAdd(key, static k => new RateLimitBucket(k));
            if (bucket.TryEnter())
                return bucket;
            // Retired by its last user a moment ago: help take it out of the map, then look again.
            _buckets.TryRemove(KeyValuePair.Create(key, bucket));
        }
    }

    private void Leave(RateLimitBucket bucket)
    {
        if (bucket.LeaveAndTryRetire(_time.GetUtcNow()))
            Forget(bucket);
    }

    private void Forget(RateLimitBucket bucket)
    {
        _buckets.TryRemove(KeyValuePair.Create(bucket.Key, bucket));
        if (bucket.AliasKey is { } alias)
            _buckets.TryRemove(KeyValuePair.Create(alias, bucket));
    }

    /// <summary>
    /// Buckets left with an exhausted window are retired once it has passed, by a sweep that runs at most every
    /// <see cref="SweepInterval"/> (scanning on every request made each request cost O(buckets)).
    /// </summary>
    private void SweepIfDue()
    {
        var now = _time.GetUtcNow();
        var due = Volatile.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + SweepInterval.Ticks, due) != due)
            return;
        foreach (var (_, bucket) in _buckets)
        {
            if (bucket.TryRetireIdle(now))
                Forget(bucket);
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

    /// <summary>
    /// A request's hold on its bucket (none for bucketless routes) and on a global slot (none for exempt routes).
    /// Disposed once, by the sender's <c>using</c>, after the response arrived.
    /// </summary>
    internal readonly struct Lease(RestRateLimiter owner, RateLimitBucket? bucket, bool globalSlot) : IDisposable
    {
        public RateLimitBucket? Bucket { get; } = bucket;

        public void Dispose()
        {
            if (globalSlot)
                owner.Global.Return();
            if (Bucket is null)
                return;
            Bucket.Gate.Release();
            owner.Leave(Bucket);
        }
    }
}
