using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace NewsBot.Discord.Tests.Support;

/// <summary>Answers REST requests from a script and records what was sent, with the fake time of arrival.</summary>
internal sealed class FakeDiscordHttp(TimeProvider time) : HttpMessageHandler, IHttpClientFactory
{
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _script = new();

    private readonly System.Threading.Channels.Channel<RecordedRequest> _arrivals = System.Threading.Channels.Channel.CreateUnbounded<RecordedRequest>();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Task<RecordedRequest> NextArrivalAsync() => _arrivals.Reader.ReadAsync().AsTask();

    public Func<RecordedRequest, HttpResponseMessage> Fallback { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public FakeDiscordHttp Then(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    /// <summary>The next request gets no answer until it is cancelled.</summary>
    public FakeDiscordHttp ThenNoAnswer() => Then(_ => throw new NoAnswer());

    public FakeDiscordHttp Then(HttpStatusCode status, string json, params (string Name, string Value)[] headers) =>
        Then(_ => Json(status, json, headers));

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Headers.UserAgent.ToString(), request.Content?.Headers.ContentType?.MediaType, body, time.GetUtcNow());
        Requests.Enqueue(recorded);
        _arrivals.Writer.TryWrite(recorded);
        var respond = _script.TryDequeue(out var next) ? next : Fallback;
        try
        {
            return respond(recorded);
        }
        catch (NoAnswer)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw;
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
            response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string UserAgent, string? ContentType, string? Body, DateTimeOffset At);

internal sealed class NoAnswer : Exception;
