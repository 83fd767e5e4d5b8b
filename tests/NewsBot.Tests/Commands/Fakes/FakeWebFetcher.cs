using NewsBot.Web.Fetching;

namespace NewsBot.Tests.Commands.Fakes;

/// <summary>Answers fetches from a table of URLs; an unknown URL is a 404.</summary>
internal sealed class FakeWebFetcher : IWebFetcher
{
    public Dictionary<string, FetchResult> Pages { get; } = [];

    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        Task.FromResult(Pages.TryGetValue(url.AbsoluteUri, out var page) ? page : new FetchResult.Failed(FetchFailureReason.HttpError, "404 Not Found"));
}
