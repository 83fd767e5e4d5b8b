namespace NewsBot.Web.Fetching;

/// <summary>Why a fetch gave nothing; the host turns each into its German and English sentence.</summary>
public enum FetchFailureReason
{
    /// <summary>Not an absolute URL.</summary>
    InvalidUrl,

    /// <summary>A scheme other than http or https (file:, ftp:, gopher:, …).</summary>
    UnsupportedScheme,

    /// <summary>The host name does not resolve.</summary>
    HostNotFound,

    /// <summary>The name could not be looked up just now (the resolver failed or timed out): it may resolve later.</summary>
    NameLookupFailed,

    /// <summary>The host resolves to (or is) an address inside a private network, the machine itself, link-local, multicast, ….</summary>
    ForbiddenAddress,

    /// <summary>More redirects than allowed, or a redirect without a usable Location.</summary>
    TooManyRedirects,

    /// <summary>A redirect without a Location header, or one that is not a URL.</summary>
    BadRedirect,

    /// <summary>The server answered with an error status (404, 500, …).</summary>
    HttpError,

    /// <summary>No complete answer within the time limit.</summary>
    Timeout,

    /// <summary>The answer is larger than allowed.</summary>
    TooLarge,

    /// <summary>The content type is not HTML, XHTML, plain text or RSS/Atom XML.</summary>
    UnsupportedContentType,

    /// <summary>The answer claims to be text but contains binary data.</summary>
    Binary,

    /// <summary>The connection failed (refused, reset, TLS error).</summary>
    ConnectionFailed,
}
