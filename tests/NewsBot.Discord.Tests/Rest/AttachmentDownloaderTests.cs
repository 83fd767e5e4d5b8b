using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Downloading an attachment's bytes with a size cap, only from Discord's CDN, without the token.</summary>
public sealed class AttachmentDownloaderTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 19, 0, 0, TimeSpan.Zero));
    private readonly FakeDiscordHttp _http;
    private readonly DiscordAttachmentDownloader _downloader;

    public AttachmentDownloaderTests()
    {
        _http = new FakeDiscordHttp(_time);
        var options = Options.Create(new DiscordClientOptions { Token = "secret", RestBaseUrl = new Uri("http://127.0.0.1:5999/api") });
        _downloader = new DiscordAttachmentDownloader(_http, options, _time, NullLogger<DiscordAttachmentDownloader>.Instance);
    }

    public void Dispose() => _http.Dispose();

    private static Attachment File(long size, string url = "https://cdn.discordapp.com/ephemeral-attachments/300/9100/a.txt?ex=1") =>
        new() { Id = 9100, Filename = "a.txt", Size = size, Url = url, ProxyUrl = url };

    private static HttpResponseMessage Bytes(byte[] body, bool announceLength = true)
    {
        HttpContent content = announceLength ? new ByteArrayContent(body) : new StreamContent(new UnseekableStream(body));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    [Fact]
    public async Task A_file_within_the_cap_is_fetched_whole_without_the_bot_token()
    {
        var body = "Wie sicher ist Europa?"u8.ToArray();
        _http.Then(_ => Bytes(body));

        var result = await _downloader.DownloadAsync(File(body.Length), maxBytes: 1024, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(body, result.Value);
        var request = Assert.Single(_http.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task A_file_reported_larger_than_the_cap_is_refused_before_any_request()
    {
        var result = await _downloader.DownloadAsync(File(300 * 1024), maxBytes: 256 * 1024, CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("size", Assert.Single(result.Error.Violations!).Path);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task A_body_announced_larger_than_the_cap_is_refused_unread()
    {
        var body = new CountingStream(2_000_000);
        _http.Then(_ =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentLength = 2_000_000;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        var result = await _downloader.DownloadAsync(File(10), maxBytes: 1000, CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, result.Error!.Kind);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task A_body_growing_past_the_cap_is_refused_without_reading_it_all()
    {
        var body = new CountingStream(50_000_000);
        _http.Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        var result = await _downloader.DownloadAsync(File(10), maxBytes: 100_000, CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, result.Error!.Kind);
        Assert.InRange(body.BytesRead, 100_001, 100_000 + (64 * 1024));
    }

    [Fact]
    public async Task A_body_of_exactly_the_cap_is_accepted()
    {
        var body = new byte[4096];
        _http.Then(_ => Bytes(body, announceLength: false));

        var result = await _downloader.DownloadAsync(File(10), maxBytes: 4096, CancellationToken.None);

        Assert.Equal(4096, result.Value!.Length);
    }

    [Theory]
    [InlineData("https://evil.example/a.txt")]
    [InlineData("http://cdn.discordapp.com/a.txt")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("not a url")]
    public async Task Urls_off_discords_cdn_are_refused_unrequested(string url)
    {
        var result = await _downloader.DownloadAsync(File(10, url), maxBytes: 1000, CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, result.Error!.Kind);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task The_rest_hosts_own_files_are_fetched_for_the_sandbox()
    {
        _http.Then(_ => Bytes([1, 2, 3]));

        var result = await _downloader.DownloadAsync(File(3, "http://127.0.0.1:5999/_sandbox/cdn/ephemeral-attachments/1/2/a.txt"), 10, CancellationToken.None);

        Assert.Equal([1, 2, 3], result.Value);
    }

    [Fact]
    public async Task A_cdn_error_comes_back_as_a_value()
    {
        _http.Then(HttpStatusCode.NotFound, "{}");

        var result = await _downloader.DownloadAsync(File(10), maxBytes: 1000, CancellationToken.None);

        Assert.Equal((DiscordErrorKind.Api, HttpStatusCode.NotFound), (result.Error!.Kind, result.Error.Status));
    }

    /// <summary>Zeros of a given length, counting what was read; its length is not known up front.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
