using System.Diagnostics.Metrics;
using NewsBot.Discord.Diagnostics;

namespace NewsBot.Discord.Rest.RateLimits;

/// <summary>
/// 429 answers by bucket — named by its route template (e.g. <c>POST channels/{channel_id}/messages</c>), a bounded set,
/// where Discord's bucket hashes would be opaque — and by Discord's scope (<c>user</c>, <c>global</c>, <c>shared</c>).
/// The limiter waits before sending, so any count here means a limit was not known in time.
/// </summary>
internal sealed class RateLimitMetrics(IMeterFactory? meterFactory = null)
{
    private readonly Counter<long> _rateLimited = DiscordMeter.Create(meterFactory).CreateCounter<long>(
        "newsbot.rest.rate_limited", "{response}", "REST answers 429 Too Many Requests, by route (the bucket) and scope");

    public void RateLimited(string route, string scope) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("scope", scope));
}
