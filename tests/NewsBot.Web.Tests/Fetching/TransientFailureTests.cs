using NewsBot.Web.Fetching;

namespace NewsBot.Web.Tests.Fetching;

/// <summary>Which failed fetches may work later (a feed item's page is then tried again) and which stay what they are.</summary>
public sealed class TransientFailureTests
{
    [Theory]
    [InlineData(FetchFailureReason.Timeout, "no complete answer within 10 s", true)]
    [InlineData(FetchFailureReason.ConnectionFailed, "example.org: ConnectionError", true)]
    [InlineData(FetchFailureReason.HttpError, "503 Service Unavailable", true)]
    [InlineData(FetchFailureReason.HttpError, "500", true)]
    [InlineData(FetchFailureReason.HttpError, "429 Too Many Requests", true)]
    [InlineData(FetchFailureReason.HttpError, "408 Request Timeout", true)]
    [InlineData(FetchFailureReason.HttpError, "404 Not Found", false)]
    [InlineData(FetchFailureReason.HttpError, "410 Gone", false)]
    [InlineData(FetchFailureReason.HttpError, "5", false)]
    [InlineData(FetchFailureReason.ForbiddenAddress, "10.0.0.1", false)]
    [InlineData(FetchFailureReason.TooLarge, "more than 2097152 bytes", false)]
    [InlineData(FetchFailureReason.UnsupportedContentType, "image/png", false)]
    [InlineData(FetchFailureReason.HostNotFound, "nowhere.invalid: HostNotFound", false)]
    [InlineData(FetchFailureReason.NameLookupFailed, "example.org: TryAgain", true)]
    public void A_failure_is_transient_only_for_timeouts_broken_connections_failed_lookups_and_server_errors(FetchFailureReason reason, string detail, bool transient) =>
        Assert.Equal(transient, new FetchResult.Failed(reason, detail).IsTransient);
}
