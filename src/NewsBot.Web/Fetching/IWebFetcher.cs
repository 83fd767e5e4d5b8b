namespace NewsBot.Web.Fetching;

/// <summary>Fetches a URL someone posted, without letting it reach inside the bot's network.</summary>
public interface IWebFetcher
{
    /// <summary>
    /// Every failure comes back as <see cref="FetchResult.Failed"/>; only the caller's own cancellation throws.
    /// </summary>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);
}
