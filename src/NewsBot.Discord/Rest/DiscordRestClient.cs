using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Json;
using NewsBot.Discord.Rest.RateLimits;
using NewsBot.Discord.Validation;
using Polly;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The REST client core: rate-limit buckets, 429 waits, transient retries (only where safe), errors as values.
/// Endpoints live in the partial files by resource.
/// </summary>
internal sealed partial class DiscordRestClient : IDiscordRestClient
{
    public const string HttpClientName = "NewsBot.Discord.Rest";

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");
    private readonly HttpMessageInvoker _http;
    private readonly RequestTimeouts _timeouts;
    private readonly RestRateLimiter _rateLimiter;
    private readonly DiscordClientOptions _options;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _transientRetry;
    private readonly string _baseUrl;
    private readonly string _authorization;
    private readonly string _userAgent;
    private readonly RateLimitMetrics? _metrics;

    public DiscordRestClient(
        IHttpClientFactory httpClientFactory, RestRateLimiter rateLimiter, IOptions<DiscordClientOptions> options,
        TimeProvider time, ILogger<DiscordRestClient> logger, RateLimitMetrics? metrics = null)
    {
        _metrics = metrics;
        // One invoker over the named client's handler for the client's lifetime (the handler is long-lived, see
        // DiscordServiceCollectionExtensions). Not an HttpClient: that links a new token source and starts a timer per
        // request; RequestTimeouts reuses them. Factories without handler access (tests) hand out a client.
        _http = httpClientFactory is IHttpMessageHandlerFactory handlers
            ? new HttpMessageInvoker(handlers.CreateHandler(HttpClientName), disposeHandler: false)
            : httpClientFactory.CreateClient(HttpClientName);
        _timeouts = new RequestTimeouts(options.Value.RequestTimeout, time);
        _rateLimiter = rateLimiter;
        _options = options.Value;
        _logger = logger;
        _time = time;
        _baseUrl = _options.RestBaseUrl.ToString().TrimEnd('/') + "/v10/";
        // Built once and sent unparsed: the values never change (parsing them per request showed in profiles).
        _authorization = "Bot " + _options.Token;
        _userAgent = $"DiscordBot ({_options.UserAgentUrl}, {_options.UserAgentVersion})";
        _transientRetry = BuildTransientRetry(_options, time);
    }

    private Task<RestResult<TResponse>> SendAsync<TResponse>(
        DiscordRoute route, JsonTypeInfo<TResponse>? responseType, bool retrySafe, CancellationToken cancellationToken) =>
        SendCoreAsync(route, body: null, responseType, retrySafe, cancellationToken);

    /// <summary>Validates, serializes and sends; a <c>doneCode</c> error (the request had already taken effect) counts as success.</summary>
    private Task<RestResult<TResponse>> SendAsync<TRequest, TResponse>(
        DiscordRoute route, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse>? responseType,
        IReadOnlyList<LimitViolation> violations, bool retrySafe, CancellationToken cancellationToken, int? doneCode = null)
    {
        if (violations.Count > 0)
        {
            LogRefused(_logger, route.RouteKey, violations.Count);
            return Task.FromResult(RestResult<TResponse>.Failure(new DiscordError(
                DiscordErrorKind.Validation, $"Request breaks Discord limits: {string.Join("; ", violations)}", Violations: violations)));
        }
        return SendCoreAsync(route, JsonSerializer.SerializeToUtf8Bytes(body, requestType), responseType, retrySafe, cancellationToken, doneCode);
    }

    /// <summary>
    /// Sends, waits out 429s, and reads the result. The first attempt is awaited here (one async frame over the send);
    /// only a transient failure where a retry is safe enters the retry pipeline.
    /// </summary>
    private async Task<RestResult<TResponse>> SendCoreAsync<TResponse>(
        DiscordRoute route, byte[]? body, JsonTypeInfo<TResponse>? responseType, bool retrySafe, CancellationToken cancellationToken, int? doneCode = null)
    {
        var mayRetry = retrySafe && _options.MaxTransientRetries > 0;
        for (var rateLimited = 0; ; rateLimited++)
        {
            HttpResponseMessage response;
            try
            {
                Outcome<HttpResponseMessage> first;
                try
                {
                    first = Outcome.FromResult(await SendOnceAsync(route, body, cancellationToken));
                }
                catch (Exception ex) when (mayRetry && IsTransient(ex, cancellationToken))
                {
                    first = Outcome.FromException<HttpResponseMessage>(ex);
                }
                response = mayRetry && (first.Exception is not null || IsTransient(first.Result!))
                    ? await RetryTransientAsync(route, body, first, cancellationToken)
                    : first.Result!;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException
                || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogTransportFailure(_logger, ex, route.RouteKey);
                return RestResult<TResponse>.Failure(new DiscordError(DiscordErrorKind.Transport, ex.Message, Exception: ex));
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var error = await ReadErrorAsync(response, cancellationToken);
                    if (rateLimited >= _options.MaxRateLimitRetries)
                    {
                        return RestResult<TResponse>.Failure(new DiscordError(
                            DiscordErrorKind.RateLimited, error?.Message ?? "Rate limited", response.StatusCode, error?.Code));
                    }
                    // A bucket holds a 429's wait for the retry; a bucketless route waits here (a global 429 pauses every route).
                    if (route.Bucketless && !RestRateLimiter.IsGlobal(response.Headers, error?.Global))
                        await Task.Delay(RestRateLimiter.RetryAfter(response.Headers, error?.RetryAfter), _time, cancellationToken);
                    continue;
                }
                if (response.IsSuccessStatusCode)
                    return await ReadSuccessAsync(response, responseType, cancellationToken);
                var body2 = await ReadErrorAsync(response, cancellationToken);
                if (doneCode is { } done && body2?.Code == done)
                    return RestResult<TResponse>.Success(default!);
                LogApiError(_logger, route.RouteKey, (int)response.StatusCode, body2?.Code);
                return RestResult<TResponse>.Failure(new DiscordError(
                    DiscordErrorKind.Api, body2?.Message ?? response.ReasonPhrase ?? "Request failed", response.StatusCode, body2?.Code, body2?.Errors));
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        using var lease = await _rateLimiter.AcquireAsync(route, cancellationToken);
        using var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path, UriKind.Absolute));
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = route.ContentType is { } type ? MediaTypeHeaderValue.Parse(type) : JsonMediaType;
        }
        HttpResponseMessage response;
        using (var timeout = _timeouts.Start(cancellationToken))
        {
            try
            {
                // The handler returns once the headers are in; the body is read afterwards, as with ResponseHeadersRead.
                response = await _http.SendAsync(request, timeout.Token);
            }
            catch (OperationCanceledException ex) when (timeout.TimedOut(cancellationToken))
            {
                throw new TaskCanceledException($"Discord did not answer within {_timeouts.Timeout.TotalSeconds} s.", new TimeoutException(ex.Message, ex));
            }
        }
        _rateLimiter.Update(route, lease, response.Headers);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            var wait = _rateLimiter.OnTooManyRequests(lease, response.Headers, error?.RetryAfter, error?.Global);
            LogRateLimited(_logger, route.RouteKey, wait.TotalSeconds, error?.Global == true);
            _metrics?.RateLimited(route.RouteKey, RestRateLimiter.Scope(response.Headers, error?.Global));
        }
        return response;
    }

    private static async Task<RestResult<TResponse>> ReadSuccessAsync<TResponse>(
        HttpResponseMessage response, JsonTypeInfo<TResponse>? responseType, CancellationToken cancellationToken)
    {
        if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
            return RestResult<TResponse>.Success(default!);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var value = await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken);
            return value is null
                ? RestResult<TResponse>.Failure(new DiscordError(DiscordErrorKind.Api, "Empty response body", response.StatusCode))
                : RestResult<TResponse>.Success(value);
        }
        catch (JsonException ex)
        {
            return RestResult<TResponse>.Failure(new DiscordError(DiscordErrorKind.Api, $"Unreadable response: {ex.Message}", response.StatusCode, Exception: ex));
        }
    }

    private static async Task<DiscordErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: waiting {Seconds} s (global: {Global})")]
    private static partial void LogRateLimited(ILogger logger, string route, double seconds, bool global);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord request {Route} failed in transport")]
    private static partial void LogTransportFailure(ILogger logger, Exception exception, string route);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord answered {Status} (code {Code}) on {Route}")]
    private static partial void LogApiError(ILogger logger, string route, int status, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Route} before sending: {Count} limit violation(s)")]
    private static partial void LogRefused(ILogger logger, string route, int count);
}
