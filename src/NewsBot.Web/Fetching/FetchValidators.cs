namespace NewsBot.Web.Fetching;

/// <summary>What an earlier answer said about its version, sent back so an unchanged resource answers 304 with no body.</summary>
/// <param name="ETag">The earlier ETag (sent as If-None-Match), or null.</param>
/// <param name="LastModified">The earlier Last-Modified (sent as If-Modified-Since), or null.</param>
public sealed record FetchValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(ETag) && string.IsNullOrWhiteSpace(LastModified);
}
