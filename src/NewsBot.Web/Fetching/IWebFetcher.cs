namespace NewsBot.Web.Fetching;

/// <summary>Fetches a URL someone posted, without letting it reach inside the bot's network.</summary>
public interface IWebFetcher
{
    /// <summary>
    /// Every failure comes back as <see cref="FetchResult.Failed"/>; only the caller's own cancellation throws.
    /// </summary>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>
    /// A conditional fetch: <paramref name="validators"/> from the last answer make an unchanged resource come back as
    /// <see cref="FetchResult.NotModified"/>. A fetcher that cannot ask conditionally just fetches.
    /// </summary>
    Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken) => FetchAsync(url, cancellationToken);
}
