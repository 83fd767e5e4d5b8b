using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Web.Fetching;

namespace NewsBot.Web.Tests.Fetching;

/// <summary>Conditional fetches for feed polls: validators read from an answer, sent back, and 304 understood only when asked.</summary>
public sealed class ConditionalFetchTests
{
    private static readonly byte[] Feed = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title></channel></rss>");

    private static SafeWebFetcher Fetcher(bool allowLoopback = true) =>
        new(Options.Create(new WebFetchOptions { AllowLoopback = allowLoopback }), new FakeResolver([]), TimeProvider.System);

    [Fact]
    public async Task A_full_answer_brings_its_etag_and_last_modified()
    {
        await using var server = HeadRecordingServer.Answering(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: \"v1\"\r\nLast-Modified: Sun, 06 Dec 2026 18:00:00 GMT\r\nContent-Length: {Feed.Length}", Feed);
        using var fetcher = Fetcher();

        var fetched = Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(server.Url, null, CancellationToken.None));

        Assert.Equal(new FetchValidators("\"v1\"", "Sun, 06 Dec 2026 18:00:00 GMT"), fetched.Validators);
        Assert.DoesNotContain("If-None-Match", await server.Head.Task, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_validators_are_sent_back_and_304_means_not_modified()
    {
        await using var server = HeadRecordingServer.Answering("HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nContent-Length: 0", []);
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url, new FetchValidators("\"v1\"", "Sun, 06 Dec 2026 18:00:00 GMT"), CancellationToken.None);

        Assert.Equal(new FetchResult.NotModified(server.Url), result);
        var head = await server.Head.Task;
        Assert.Contains("If-None-Match: \"v1\"\r\n", head, StringComparison.Ordinal);
        Assert.Contains("If-Modified-Since: Sun, 06 Dec 2026 18:00:00 GMT\r\n", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_304_nobody_asked_for_is_an_error()
    {
        await using var server = HeadRecordingServer.Answering("HTTP/1.1 304 Not Modified\r\nContent-Length: 0", []);
        using var fetcher = Fetcher();

        var failed = Assert.IsType<FetchResult.Failed>(await fetcher.FetchAsync(server.Url, new FetchValidators(null, null), CancellationToken.None));

        Assert.Equal(FetchFailureReason.HttpError, failed.Reason);
    }

    [Fact]
    public async Task A_conditional_fetch_is_refused_a_forbidden_address_like_any_other()
    {
        await using var server = HeadRecordingServer.Answering("HTTP/1.1 304 Not Modified\r\nContent-Length: 0", []);
        using var fetcher = Fetcher(allowLoopback: false);

        var failed = Assert.IsType<FetchResult.Failed>(await fetcher.FetchAsync(server.Url, new FetchValidators("\"v1\"", null), CancellationToken.None));

        Assert.Equal((FetchFailureReason.ForbiddenAddress, "127.0.0.1 is loopback"), (failed.Reason, failed.Detail));
        Assert.False(server.Head.Task.IsCompleted);
    }

    /// <summary>Answers one fixed response on 127.0.0.1 and keeps the first request's head, headers included.</summary>
    private sealed class HeadRecordingServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;

        private HeadRecordingServer(string head, byte[] body)
        {
            _listener.Start();
            _serving = ServeAsync(head, body);
        }

        public static HeadRecordingServer Answering(string head, byte[] body) => new(head, body);

        public TaskCompletionSource<string> Head { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/feed.xml");

        private async Task ServeAsync(string head, byte[] body)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                var request = new StringBuilder();
                var buffer = new byte[1];
                while (!request.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer, _stop.Token) > 0)
                    request.Append((char)buffer[0]);
                Head.TrySetResult(request.ToString());
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\nConnection: close\r\n\r\n"), _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // Refused before connecting, or the client went away.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _serving;
            _stop.Dispose();
        }
    }
}
