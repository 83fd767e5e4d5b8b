using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.GuildFeeds;

/// <summary>Feeds a server's moderators follow (section <c>Feeds</c>).</summary>
internal sealed class GuildFeedsOptions
{
    public const string Section = "Feeds";

    /// <summary>How often each feed is polled (conditionally: an unchanged feed answers 304 with no body).</summary>
    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The most feeds one server may follow; following more is refused with a message.</summary>
    [Range(1, 1000)]
    public int MaxPerGuild { get; set; } = 20;

    /// <summary>The longest wait after failed polls; the wait doubles with each failure in a row up to this.</summary>
    [TimeSpanRange("00:01:00", "7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a poll's claim on a feed lasts; after it another instance may poll the feed (its holder stopped).</summary>
    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How often a new item's page is tried when its fetch fails for a passing reason (timeout, server error), one try per
    /// poll; after that it is given up, remembered as seen and listed with its error in /discussions feeds.
    /// </summary>
    [Range(1, 20)]
    public int MaxItemAttempts { get; set; } = 3;

    /// <summary>
    /// How long a seen item is remembered after the last poll that still found it in the feed. An item still in the feed
    /// is never forgotten (every full poll marks it seen again), so it is never taken twice.
    /// </summary>
    [TimeSpanRange("1.00:00:00", "3650.00:00:00")]
    public TimeSpan KeepSeenItemsFor { get; set; } = TimeSpan.FromDays(30);
}
