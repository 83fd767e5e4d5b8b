using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;
using NewsBot.Discord.Validation;

namespace NewsBot.Discord.Rest;

/// <summary>
/// GETs attachment URLs with a size cap. Its own HTTP client (no Authorization header: the CDN needs none, and the token
/// must never reach another host), no redirects, and only Discord's CDN hosts or the REST base's host (the sandbox serves
/// its files there), so a forged URL cannot make the bot fetch from inside its network.
/// </summary>
internal sealed partial class DiscordAttachmentDownloader(
    IHttpClientFactory httpClientFactory, IOptions<DiscordClientOptions> options, TimeProvider time, ILogger<DiscordAttachmentDownloader> logger)
    : IDiscordAttachmentDownloader
{
    public const string HttpClientName = "NewsBot.Discord.Cdn";
    private static readonly string[] CdnHosts = ["cdn.discordapp.com", "media.discordapp.net"];

    public async Task<RestResult<byte[]>> DownloadAsync(Attachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (attachment.Size > maxBytes)
            return TooLarge(attachment, $"{attachment.Size} bytes, limit {maxBytes}");
        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) || !IsAllowed(url))
            return RestResult<byte[]>.Failure(new DiscordError(DiscordErrorKind.Validation, $"Not an attachment URL of Discord's CDN: {attachment.Url}",
                Violations: [new LimitViolation("url", "not on Discord's CDN or the configured REST host")]));

        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var http = httpClientFactory.CreateClient(HttpClientName);
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogDownloadFailed(logger, attachment.Id, (int)response.StatusCode);
                return RestResult<byte[]>.Failure(new DiscordError(DiscordErrorKind.Api,
                    $"The CDN answered {(int)response.StatusCode} for {attachment.Filename}", response.StatusCode));
            }
            if (response.Content.Headers.ContentLength is { } announced && announced > maxBytes)
                return TooLarge(attachment, $"{announced} bytes announced, limit {maxBytes}");
            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            return await ReadCappedAsync(body, attachment, maxBytes, linked.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTransportFailure(logger, ex, attachment.Id);
            return RestResult<byte[]>.Failure(new DiscordError(DiscordErrorKind.Transport,
                timeout.IsCancellationRequested ? $"The CDN did not answer within {options.Value.RequestTimeout.TotalSeconds} s" : ex.Message, Exception: ex));
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes: one more than the cap proves the file too large.</summary>
    private static async Task<RestResult<byte[]>> ReadCappedAsync(Stream body, Attachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(capacity: (int)Math.Min(Math.Max(attachment.Size, 0) + 1, Math.Min(maxBytes + 1, 1 << 20)));
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var room = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await body.ReadAsync(chunk.AsMemory(0, room), cancellationToken);
            if (read == 0)
                return RestResult<byte[]>.Success(buffer.ToArray());
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
                return TooLarge(attachment, $"more than {maxBytes} bytes");
        }
    }

    private bool IsAllowed(Uri url)
    {
        if (url.Scheme == Uri.UriSchemeHttps && CdnHosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase))
            return true;
        var rest = options.Value.RestBaseUrl;
        return url.Scheme == rest.Scheme && string.Equals(url.Authority, rest.Authority, StringComparison.OrdinalIgnoreCase);
    }

    private static RestResult<byte[]> TooLarge(Attachment attachment, string problem) =>
        RestResult<byte[]>.Failure(new DiscordError(DiscordErrorKind.Validation, $"{attachment.Filename} is too large: {problem}",
            HttpStatusCode.RequestEntityTooLarge, Violations: [new LimitViolation("size", problem)]));

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment {AttachmentId}: the CDN answered {Status}")]
    private static partial void LogDownloadFailed(ILogger logger, Snowflake attachmentId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {AttachmentId} could not be fetched")]
    private static partial void LogTransportFailure(ILogger logger, Exception exception, Snowflake attachmentId);
}
