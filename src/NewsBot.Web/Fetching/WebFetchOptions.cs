using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.Web.Fetching;

/// <summary>Limits for reading a URL someone typed into a chat (section <c>Web</c>).</summary>
public sealed class WebFetchOptions
{
    public const string Section = "Web";

    /// <summary>The most bytes read from one answer; more is refused, whatever Content-Length said.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The longest one fetch may take, redirects included.</summary>
    [TimeSpanRange("00:00:01", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many redirects are followed (each target is checked like the first URL).</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// Lets fetches reach 127.0.0.0/8 and ::1. Only for the sandbox and tests: on a real server it opens
    /// everything listening on the bot's own machine to anyone who can post a URL.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>The User-Agent sent with every request.</summary>
    [Required]
    public string UserAgent { get; set; } = "NewsBot/1.0 (+announcement reader)";
}
