namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>What Discord last told us about one bucket. Requests of a bucket go one at a time.</summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public int? Remaining { get; set; }
    public DateTimeOffset ResetAt { get; set; }
    public DateTimeOffset LastUsed { get; set; }
}
