using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace NewsBot.Web.Fetching;

/// <summary>
/// Fetches one URL within the limits of <see cref="WebFetchOptions"/>: http and https only, public addresses only
/// (checked where the connection is made, see <see cref="GuardedConnector"/>), redirects followed here one by one,
/// the body counted while it streams in, an accepted content type, a deadline for the whole fetch.
/// </summary>
public sealed class SafeWebFetcher : IWebFetcher, IDisposable
{
    private readonly WebFetchOptions options;
    private readonly TimeProvider timeProvider;
    private readonly HttpClient client;

    public SafeWebFetcher(IOptions<WebFetchOptions> options, IHostResolver resolver, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.timeProvider = timeProvider;
        var connector = new GuardedConnector(resolver, this.options.AllowLoopback);
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by FetchAsync so each target is seen; a proxy would make the connect check judge the proxy.
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = connector.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, null, cancellationToken);

    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
            return new FetchResult.Failed(FetchFailureReason.InvalidUrl, $"'{url}' is not an absolute URL");
        using var deadline = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            return await FollowAsync(url, validators, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed(FetchFailureReason.Timeout, $"no complete answer within {options.Timeout.TotalSeconds:0.#} s");
        }
    }

    private async Task<FetchResult> FollowAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                return new FetchResult.Failed(FetchFailureReason.UnsupportedScheme, $"'{current.Scheme}:' URLs are not fetched, only http and https");
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.TryAddWithoutValidation("Accept", AcceptedContentTypes.AcceptHeader);
            request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
            AddConditions(request, validators);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException e) when (RefusalIn(e) is { } refusal)
            {
                return new FetchResult.Failed(refusal.Reason, refusal.Message);
            }
            catch (HttpRequestException e)
            {
                return new FetchResult.Failed(FetchFailureReason.ConnectionFailed, $"{current.Host}: {e.HttpRequestError}");
            }

            using (response)
            {
                if (IsRedirect(response.StatusCode))
                {
                    if (redirects == options.MaxRedirects)
                        return new FetchResult.Failed(FetchFailureReason.TooManyRedirects, $"more than {options.MaxRedirects} redirects, the last to {response.Headers.Location}");
                    if (response.Headers.Location is not { } location)
                        return new FetchResult.Failed(FetchFailureReason.BadRedirect, $"{(int)response.StatusCode} without a Location header");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                // Only a conditional request can be answered "unchanged"; an unasked 304 stays an error.
                if (response.StatusCode == HttpStatusCode.NotModified && validators is { IsEmpty: false })
                    return new FetchResult.NotModified(current);
                return await ReadAsync(current, response, cancellationToken);
            }
        }
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            return new FetchResult.Failed(FetchFailureReason.HttpError, $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant();
        if (mediaType is null || !AcceptedContentTypes.All.Contains(mediaType))
            return new FetchResult.Failed(FetchFailureReason.UnsupportedContentType, mediaType ?? "no content type");
        if (response.Content.Headers.ContentLength is { } announced && announced > options.MaxBytes)
            return TooLarge($"{announced:N0} bytes announced");

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = await ReadCappedAsync(body, cancellationToken);
        if (bytes is null)
            return TooLarge("the answer kept coming");
        if (!IsUtf16(contentType!) && Array.IndexOf(bytes, (byte)0) >= 0)
            return new FetchResult.Failed(FetchFailureReason.Binary, $"{mediaType} with binary content");
        return new FetchResult.Fetched(url, mediaType, contentType?.CharSet?.Trim('"'), bytes) { Validators = ValidatorsOf(response) };
    }

    /// <summary>Reads at most MaxBytes; null when there is more, whatever Content-Length claimed.</summary>
    private async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void AddConditions(HttpRequestMessage request, FetchValidators? validators)
    {
        if (validators is null)
            return;
        if (!string.IsNullOrWhiteSpace(validators.ETag))
            request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
        if (!string.IsNullOrWhiteSpace(validators.LastModified))
            request.Headers.TryAddWithoutValidation("If-Modified-Since", validators.LastModified);
    }

    private static FetchValidators ValidatorsOf(HttpResponseMessage response)
    {
        var etag = response.Headers.TryGetValues("ETag", out var tags) ? tags.FirstOrDefault() : null;
        var modified = response.Content.Headers.TryGetValues("Last-Modified", out var dates) ? dates.FirstOrDefault() : null;
        return new FetchValidators(Bounded(etag), Bounded(modified));
    }

    /// <summary>A validator is stored and sent back; a hostile server's kilobyte-long header is not kept.</summary>
    private static string? Bounded(string? value) => value is { Length: > 0 and <= 256 } ? value : null;

    private FetchResult.Failed TooLarge(string what) =>
        new(FetchFailureReason.TooLarge, $"{what}, the limit is {options.MaxBytes:N0} bytes");

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsUtf16(MediaTypeHeaderValue contentType) =>
        contentType.CharSet?.Contains("utf-16", StringComparison.OrdinalIgnoreCase) == true;

    private static FetchRefusedException? RefusalIn(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is FetchRefusedException refusal)
                return refusal;
        }

        return null;
    }

    public void Dispose() => client.Dispose();
}
