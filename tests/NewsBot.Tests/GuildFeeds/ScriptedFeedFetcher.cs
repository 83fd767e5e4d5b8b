using System.Text;
using NewsBot.Web.Fetching;

namespace NewsBot.Tests.GuildFeeds;

/// <summary>
/// Answers fetches from a table of URLs (an unknown URL is a 404) and records every request with its validators. A feed
/// answers 304 when asked with its current ETag. <see cref="Gate"/>, when set, holds every fetch until it is released.
/// </summary>
internal sealed class ScriptedFeedFetcher : IWebFetcher
{
    private readonly Dictionary<string, FetchResult> _answers = [];
    private readonly Lock _lock = new();

    public List<(string Url, FetchValidators? Validators)> Requests { get; } = [];

    public TaskCompletionSource? Gate { get; set; }

    public void Feed(string url, string xml, string? etag = null) => Set(url,
        new FetchResult.Fetched(new Uri(url), "application/rss+xml", "utf-8", Encoding.UTF8.GetBytes(xml)) { Validators = new FetchValidators(etag, null) });

    public void Page(string url, string text) => Set(url, new FetchResult.Fetched(new Uri(url), "text/plain", "utf-8", Encoding.UTF8.GetBytes(text)));

    public void Set(string url, FetchResult answer)
    {
        lock (_lock)
            _answers[url] = answer;
    }

    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, null, cancellationToken);

    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        FetchResult? answer;
        lock (_lock)
        {
            Requests.Add((url.AbsoluteUri, validators));
            _answers.TryGetValue(url.AbsoluteUri, out answer);
        }
        if (Gate is { } gate)
            await gate.Task.WaitAsync(cancellationToken);
        if (answer is FetchResult.Fetched fetched && validators?.ETag is { } etag && fetched.Validators.ETag == etag)
            return new FetchResult.NotModified(url);
        return answer ?? new FetchResult.Failed(FetchFailureReason.HttpError, "404 Not Found");
    }
}
