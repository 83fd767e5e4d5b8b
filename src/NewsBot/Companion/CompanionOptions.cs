using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.Companion;

/// <summary>The live companion: thread, audience questions, votes, recap (section <c>Companion</c>).</summary>
public sealed class CompanionOptions
{
    public const string Section = "Companion";

    /// <summary>How long a worker holds a thread or recap step before another may take it over (after a crash).</summary>
    [TimeSpanRange("00:00:05", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Minutes without activity before Discord archives the live thread: 60, 1440, 4320 or 10080.</summary>
    [AllowedValues(60, 1440, 4320, 10080)]
    public int ThreadAutoArchiveMinutes { get; set; } = 1440;

    /// <summary>A member may ask one question per this long.</summary>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan AskCooldown { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Questions stay open this long after the stream's end.</summary>
    [TimeSpanRange("00:00:00", "1.00:00:00")]
    public TimeSpan QuestionsOpenAfterEnd { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many vote-count edits per channel in each <see cref="EditWindow"/> (Discord allows 5 per 5 s).</summary>
    [Range(1, 5)]
    public int EditsPerWindow { get; set; } = 4;

    [TimeSpanRange("00:00:01", "00:01:00")]
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A question this similar (cosine of term vectors, 0–1) to another member's is flagged as a near-duplicate.</summary>
    [Range(0.1, 1.0)]
    public double NearDuplicateSimilarity { get; set; } = 0.8;

    /// <summary>At the latest after this long the companion looks again for work (it is woken at once by a "live now" post).</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
