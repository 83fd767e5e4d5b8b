using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Testing;
using NewsBot.Web.Fetching;

namespace NewsBot.Web.Tests.Fetching;

public sealed class SafeWebFetcherTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><body><h1>Hallo</h1></body></html>");

    private static SafeWebFetcher Fetcher(bool allowLoopback = true, IHostResolver? resolver = null, TimeProvider? time = null) =>
        new(Options.Create(new WebFetchOptions { AllowLoopback = allowLoopback }),
            resolver ?? new FakeResolver([]),
            time ?? TimeProvider.System);

    private static FetchResult.Failed AssertFailed(FetchResult result, FetchFailureReason reason)
    {
        var failed = Assert.IsType<FetchResult.Failed>(result);
        Assert.Equal(reason, failed.Reason);
        return failed;
    }

    private static string Head(int status, string headers) => $"HTTP/1.1 {status} X\r\n{headers}";

    [Fact]
    public async Task A_page_is_fetched_with_its_media_type_charset_and_final_url()
    {
        await using var server = RawHttpServer.Answering(Head(200, $"Content-Type: text/html; charset=\"utf-8\"\r\nContent-Length: {Page.Length}"), Page);
        using var fetcher = Fetcher();

        var fetched = Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(server.Url("/sendung"), CancellationToken.None));

        Assert.Equal("text/html", fetched.MediaType);
        Assert.Equal("utf-8", fetched.Charset);
        Assert.Equal(server.Url("/sendung"), fetched.Url);
        Assert.Equal(Page, fetched.Body);
    }

    [Fact]
    public async Task Loopback_is_refused_without_the_allowance_and_nothing_is_sent()
    {
        await using var server = RawHttpServer.Answering(Head(200, "Content-Type: text/html"), Page);
        using var fetcher = Fetcher(allowLoopback: false);

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.ForbiddenAddress);

        Assert.Equal("127.0.0.1 is loopback", failed.Detail);
        Assert.False(server.FirstRequest.Task.IsCompleted);
    }

    [Theory]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is private (10.0.0.0/8)")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is link-local (169.254.0.0/16, cloud metadata)")]
    [InlineData("http://[::ffff:192.168.0.1]/", "192.168.0.1 is private (192.168.0.0/16), IPv4-mapped")]
    [InlineData("http://[fe80::1]/", "fe80::1 is link-local (fe80::/10)")]
    [InlineData("http://0.0.0.0:8080/", "0.0.0.0 is unspecified (this network)")]
    public async Task An_address_literal_inside_a_private_range_is_refused_before_connecting(string url, string detail)
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var failed = AssertFailed(await fetcher.FetchAsync(new Uri(url), CancellationToken.None), FetchFailureReason.ForbiddenAddress);

        Assert.EndsWith(detail, failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_whose_dns_answers_a_private_address_is_refused()
    {
        var resolver = new FakeResolver(new() { ["news.example"] = [IPAddress.Parse("10.20.30.40")] });
        using var fetcher = Fetcher(resolver: resolver);

        var failed = AssertFailed(await fetcher.FetchAsync(new Uri("https://news.example/sendung"), CancellationToken.None), FetchFailureReason.ForbiddenAddress);

        Assert.Equal("news.example resolves to 10.20.30.40, private (10.0.0.0/8)", failed.Detail);
        Assert.Equal(["news.example"], resolver.Asked);
    }

    [Fact]
    public async Task A_host_whose_dns_mixes_a_public_and_a_private_address_is_refused()
    {
        var resolver = new FakeResolver(new() { ["news.example"] = [IPAddress.Parse("93.184.215.14"), IPAddress.Parse("192.168.178.1")] });
        using var fetcher = Fetcher(resolver: resolver);

        var failed = AssertFailed(await fetcher.FetchAsync(new Uri("http://news.example/"), CancellationToken.None), FetchFailureReason.ForbiddenAddress);

        Assert.Contains("192.168.178.1", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_without_an_address_is_reported_as_not_found()
    {
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(new Uri("http://nowhere.example/"), CancellationToken.None), FetchFailureReason.HostNotFound);

        Assert.StartsWith("nowhere.example", failed.Detail, StringComparison.Ordinal);
        Assert.False(failed.IsTransient);
    }

    [Fact]
    public async Task A_resolver_that_cannot_answer_just_now_is_a_failed_lookup_worth_trying_again()
    {
        using var fetcher = Fetcher(resolver: new FakeResolver([], SocketError.TryAgain));

        var failed = AssertFailed(await fetcher.FetchAsync(new Uri("http://news.example/"), CancellationToken.None), FetchFailureReason.NameLookupFailed);

        Assert.Equal("news.example: TryAgain", failed.Detail);
        Assert.True(failed.IsTransient);
    }

    [Fact]
    public async Task A_redirect_into_a_private_network_is_judged_at_its_target_and_refused()
    {
        // The first hop is allowed (loopback allowance); the target is a name the DNS answers with a private address.
        var resolver = new FakeResolver(new() { ["intranet.example"] = [IPAddress.Parse("192.168.1.10")] });
        await using var server = RawHttpServer.Answering(Head(302, "Location: http://intranet.example/admin\r\nContent-Length: 0"), []);
        using var fetcher = Fetcher(resolver: resolver);

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/sendung"), CancellationToken.None), FetchFailureReason.ForbiddenAddress);

        Assert.Equal("/sendung", await server.FirstRequest.Task);
        Assert.Equal(["intranet.example"], resolver.Asked);
        Assert.Equal("intranet.example resolves to 192.168.1.10, private (192.168.0.0/16)", failed.Detail);
    }

    [Fact]
    public async Task A_redirect_to_the_cloud_metadata_address_is_refused()
    {
        await using var server = RawHttpServer.Answering(Head(301, "Location: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0"), []);
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.ForbiddenAddress);

        Assert.Contains("cloud metadata", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_refused_by_scheme()
    {
        await using var server = RawHttpServer.Answering(Head(307, "Location: file:///etc/passwd\r\nContent-Length: 0"), []);
        using var fetcher = Fetcher();

        AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.UnsupportedScheme);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a.txt")]
    [InlineData("gopher://example.org/")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(new Uri(url), CancellationToken.None), FetchFailureReason.UnsupportedScheme);

        Assert.StartsWith($"'{new Uri(url).Scheme}:'", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_redirect_is_followed_to_the_page()
    {
        await using var server = new RawHttpServer(async (path, stream, ct) =>
        {
            var head = path == "/alt"
                ? Head(308, "Location: /neu\r\nContent-Length: 0")
                : Head(200, $"Content-Type: text/html\r\nContent-Length: {Page.Length}");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\nConnection: close\r\n\r\n"), ct);
            if (path != "/alt")
                await stream.WriteAsync(Page, ct);
        });
        using var fetcher = Fetcher();

        var fetched = Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(server.Url("/alt"), CancellationToken.None));

        Assert.Equal(server.Url("/neu"), fetched.Url);
    }

    [Fact]
    public async Task More_than_three_redirects_are_refused()
    {
        var requests = 0;
        await using var server = new RawHttpServer(async (path, stream, ct) =>
        {
            Interlocked.Increment(ref requests);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(302, $"Location: {path}x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")), ct);
        });
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/r"), CancellationToken.None), FetchFailureReason.TooManyRedirects);

        Assert.Equal(4, requests);
        Assert.EndsWith("/rxxxx", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_without_a_location_is_reported()
    {
        await using var server = RawHttpServer.Answering(Head(302, "Content-Length: 0"), []);
        using var fetcher = Fetcher();

        AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.BadRedirect);
    }

    [Fact]
    public async Task An_answer_larger_than_the_limit_without_a_length_is_cut_off_while_streaming()
    {
        var huge = new byte[3 * 1024 * 1024];
        huge.AsSpan().Fill((byte)'a');
        await using var server = RawHttpServer.Answering(Head(200, "Content-Type: text/html"), huge);
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.TooLarge);

        Assert.Equal("the answer kept coming, the limit is 2,097,152 bytes", failed.Detail);
    }

    [Fact]
    public async Task A_chunked_answer_that_never_ends_is_cut_off_at_the_limit()
    {
        await using var server = new RawHttpServer(async (_, stream, ct) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(200, "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")), ct);
            var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string('b', 0x10000) + "\r\n");
            while (!ct.IsCancellationRequested)
                await stream.WriteAsync(chunk, ct);
        });
        using var fetcher = Fetcher();

        AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.TooLarge);
    }

    [Fact]
    public async Task An_announced_fifty_megabytes_are_refused_before_reading()
    {
        await using var server = new RawHttpServer(async (_, stream, ct) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(200, "Content-Type: text/html\r\nContent-Length: 52428800\r\n\r\n")), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.TooLarge);

        Assert.StartsWith("52,428,800 bytes announced", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_stalls_mid_answer_times_out_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        var headersSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new RawHttpServer(async (_, stream, ct) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(200, "Content-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html>")), ct);
            headersSent.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var fetcher = Fetcher(time: time);

        var fetching = fetcher.FetchAsync(server.Url("/"), CancellationToken.None);
        await headersSent.Task;
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(fetching.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        var failed = AssertFailed(await fetching, FetchFailureReason.Timeout);
        Assert.Equal("no complete answer within 10 s", failed.Detail);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_reported_as_a_timeout()
    {
        using var cancel = new CancellationTokenSource();
        await using var server = new RawHttpServer(async (_, _, ct) => await Task.Delay(Timeout.Infinite, ct));
        using var fetcher = Fetcher(time: new FakeTimeProvider());

        var fetching = fetcher.FetchAsync(server.Url("/"), cancel.Token);
        await server.FirstRequest.Task;
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetching);
    }

    [Theory]
    [InlineData("Content-Type: image/png", "image/png")]
    [InlineData("Content-Type: application/pdf", "application/pdf")]
    [InlineData("Content-Type: application/json", "application/json")]
    [InlineData("X-No-Type: 1", "no content type")]
    public async Task A_content_type_that_is_not_text_html_or_a_feed_is_refused(string header, string detail)
    {
        await using var server = RawHttpServer.Answering(Head(200, $"{header}\r\nContent-Length: {Page.Length}"), Page);
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.UnsupportedContentType);

        Assert.Equal(detail, failed.Detail);
    }

    [Theory]
    [InlineData("application/rss+xml")]
    [InlineData("application/atom+xml")]
    [InlineData("application/xhtml+xml")]
    [InlineData("text/plain")]
    [InlineData("TEXT/XML")]
    public async Task Feeds_xhtml_and_plain_text_are_accepted(string contentType)
    {
        await using var server = RawHttpServer.Answering(Head(200, $"Content-Type: {contentType}\r\nContent-Length: {Page.Length}"), Page);
        using var fetcher = Fetcher();

        var fetched = Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None));

        Assert.Equal(contentType.ToLowerInvariant(), fetched.MediaType);
    }

    [Fact]
    public async Task Binary_bytes_served_as_html_are_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        await using var server = RawHttpServer.Answering(Head(200, $"Content-Type: text/html\r\nContent-Length: {png.Length}"), png);
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/"), CancellationToken.None), FetchFailureReason.Binary);

        Assert.Equal("text/html with binary content", failed.Detail);
    }

    [Fact]
    public async Task An_error_status_is_reported_with_its_code()
    {
        await using var server = new RawHttpServer(async (_, stream, ct) =>
            await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), ct));
        using var fetcher = Fetcher();

        var failed = AssertFailed(await fetcher.FetchAsync(server.Url("/weg"), CancellationToken.None), FetchFailureReason.HttpError);

        Assert.Equal("404 Not Found", failed.Detail);
    }

    [Fact]
    public async Task A_refused_connection_is_reported_as_a_connection_failure()
    {
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var fetcher = Fetcher();

        AssertFailed(await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/"), CancellationToken.None), FetchFailureReason.ConnectionFailed);
    }
}
