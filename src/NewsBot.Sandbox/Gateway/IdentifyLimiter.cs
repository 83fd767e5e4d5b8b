namespace NewsBot.Sandbox.Gateway;

/// <summary>One IDENTIFY per concurrency bucket (<c>shard_id % max_concurrency</c>) per interval, as Discord allows.</summary>
internal sealed class IdentifyLimiter(SandboxState state)
{
    private readonly Dictionary<int, DateTimeOffset> _lastIdentify = [];

    /// <summary>Takes the shard's bucket for now, or returns false when it was taken within the interval.</summary>
    public bool TryTake(int shardId)
    {
        if (state.Options.IdentifyInterval <= TimeSpan.Zero)
            return true;
        var bucket = shardId % Math.Max(1, state.Options.MaxConcurrency);
        var now = state.Time.GetUtcNow();
        lock (_lastIdentify)
        {
            if (_lastIdentify.TryGetValue(bucket, out var last) && now - last < state.Options.IdentifyInterval)
                return false;
            _lastIdentify[bucket] = now;
            return true;
        }
    }
}
