using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.GuildDiscussions;

/// <summary>Discussions a server's moderators add from Discord (section <c>GuildDiscussions</c>).</summary>
internal sealed class GuildDiscussionsOptions
{
    public const string Section = "GuildDiscussions";

    /// <summary>The most discussions one server may keep; adding more is refused with a message.</summary>
    [Range(1, 100_000)]
    public int MaxPerGuild { get; set; } = 500;

    /// <summary>How long a preview's Save / Cancel buttons work (the preview is stored, so a restart keeps it).</summary>
    [TimeSpanRange("00:01:00", "7.00:00:00")]
    public TimeSpan PreviewLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the stored discussions are read again, so discussions saved by another instance appear.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);
}
