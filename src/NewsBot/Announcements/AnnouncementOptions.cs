using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.Announcements;

/// <summary>How announcements are scheduled and posted (section <c>Announcements</c>).</summary>
public sealed class AnnouncementOptions
{
    public const string Section = "Announcements";

    /// <summary>After downtime, a step later than this is skipped (and the skip logged), not posted.</summary>
    [TimeSpanRange("00:00:00", "02:00:00")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often settings are re-read to re-plan, besides schedule changes and <see cref="IAnnouncementReplanner.Replan"/>.</summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan ReplanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// This process's name in the ledger, the same across its restarts; null or empty: the machine name. A claim records
    /// it, so a restarted process takes over its own interrupted claims at once. Two processes running at the same time
    /// need different ids.
    /// </summary>
    [StringLength(100)]
    public string? InstanceId { get; set; }

    /// <summary>
    /// A claim older than this belongs to a dead or hung worker and is taken over (re-posting with the same nonce); a claim
    /// of an instance that has restarted since is taken over at once.
    /// </summary>
    [TimeSpanRange("00:00:10", "00:10:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long Discord de-duplicates a nonce ("a few minutes"). A step left in "posting" by a worker that died longer
    /// ago than this is not re-posted (it may have gone out; a second post could not be de-duplicated) but skipped.
    /// </summary>
    [TimeSpanRange("00:00:30", "00:10:00")]
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long one publish may take; must be shorter than <see cref="ClaimLease"/>.</summary>
    [TimeSpanRange("00:00:01", "00:05:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Steps posted at the same time. Each is claimed just before it is posted, so a step waiting for Discord's global
    /// limit (50 requests/s) neither holds a claim nor runs down its <see cref="PublishTimeout"/> in a queue: a fan-out to
    /// 1,000 servers with every step in flight at once timed out its tail. About the global limit keeps it saturated.
    /// </summary>
    [Range(1, 500)]
    public int MaxConcurrentPosts { get; set; } = 50;

    /// <summary>Attempts of one step on transient failures before it is recorded as failed.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay after a transient failure; doubled on each further attempt.</summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a stream without an end time is assumed to run ("live now" and events need an end).</summary>
    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan DefaultStreamDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long finished steps (posted, failed, skipped) and mirrored-event rows are kept after their stream is over;
    /// older ones are deleted once a day so the tables stay small. A stream that is over is never planned again.
    /// </summary>
    [TimeSpanRange("1.00:00:00", "3650.00:00:00")]
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(30);
}
