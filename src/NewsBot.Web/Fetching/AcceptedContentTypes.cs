namespace NewsBot.Web.Fetching;

/// <summary>The content types an announcement or a feed comes as; anything else is not read.</summary>
public static class AcceptedContentTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
    };

    /// <summary>The Accept header sent with every request.</summary>
    public const string AcceptHeader =
        "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8";
}
