using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Models;
using NewsBot.Discord.Tests.Rest;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Interactions.Http;

/// <summary>The receiver between a web endpoint and the dispatcher: what an interactions POST is answered with, and what goes over REST.</summary>
public sealed class HttpInteractionReceiverTests : IDisposable
{
    private const string DeferTimer = "InteractionDispatcher.AwaitWithinDeadlineAsync";
    private static readonly byte[] Command = Encoding.UTF8.GetBytes(GatewayPayloadDeserializationTests.InteractionCreate);
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("""{"id":"1201","application_id":"555","type":1,"token":"cGluZw","version":1}""");

    private readonly RestClientFixture _rest = new();
    private readonly SignedRequests _discord = new();
    private readonly TaskCompletionSource<InteractionResponse> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly InteractionDispatcher _dispatcher;
    private readonly HttpInteractionReceiver _receiver;
    private int _handled;
    private bool _mayShowModal;

    public HttpInteractionReceiverTests()
    {
        var services = new ServiceCollection().AddSingleton<IInteractionHandler>(new ScriptedHandler(this)).BuildServiceProvider();
        _dispatcher = new InteractionDispatcher(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordClientOptions { InteractionDeferAfter = TimeSpan.FromSeconds(2) }), _rest.Time, NullLogger<InteractionDispatcher>.Instance);
        _receiver = new HttpInteractionReceiver(_dispatcher, new RestInteractionResponder(_rest.Client),
            Options.Create(new HttpInteractionOptions { PublicKey = _discord.PublicKeyHex }), _rest.Time, NullLogger<HttpInteractionReceiver>.Instance);
    }

    public void Dispose()
    {
        _dispatcher.Dispose();
        _discord.Dispose();
    }

    private sealed class ScriptedHandler(HttpInteractionReceiverTests test) : IInteractionHandler
    {
        public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref test._handled);
            return await test._reply.Task;
        }

        public bool AnswersWithModal(Interaction interaction) => test._mayShowModal;
    }

    private Task<HttpInteractionReply> PostAsync(byte[] body)
    {
        var timestamp = SignedRequests.Timestamp(_rest.Time.GetUtcNow());
        return _receiver.ReceiveAsync(body, _discord.Sign(timestamp, body), timestamp, CancellationToken.None);
    }

    private static InteractionResponse Reply(string text) =>
        InteractionResponse.Message(new InteractionMessage { Content = text, AllowedMentions = AllowedMentions.None });

    [Fact]
    public async Task A_signed_ping_is_answered_with_pong_and_reaches_no_handler()
    {
        var reply = await PostAsync(Ping).WithinAsync();

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(reply.Json.Span)!["type"]!);
        Assert.Equal(0, _handled);
        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task Requests_with_a_missing_wrong_or_stale_signature_are_refused_with_401_and_reach_no_handler()
    {
        var now = SignedRequests.Timestamp(_rest.Time.GetUtcNow());
        var stale = SignedRequests.Timestamp(_rest.Time.GetUtcNow().AddMinutes(-6));
        using var stranger = new SignedRequests();

        HttpInteractionReply[] refused =
        [
            await _receiver.ReceiveAsync(Ping, null, null, CancellationToken.None),
            await _receiver.ReceiveAsync(Ping, _discord.Sign(now, Ping), null, CancellationToken.None),
            await _receiver.ReceiveAsync(Ping, "not-hex", now, CancellationToken.None),
            await _receiver.ReceiveAsync(Ping, stranger.Sign(now, Ping), now, CancellationToken.None),
            await _receiver.ReceiveAsync(Command, _discord.Sign(now, Ping), now, CancellationToken.None),
            await _receiver.ReceiveAsync(Command, _discord.Sign(stale, Command), stale, CancellationToken.None),
        ];

        Assert.All(refused, reply => Assert.Equal(401, reply.StatusCode));
        Assert.All(refused, reply => Assert.True(reply.Json.IsEmpty));
        Assert.Equal(0, _handled);
    }

    [Fact]
    public async Task A_quick_reply_is_the_http_response_and_nothing_goes_over_rest()
    {
        _reply.SetResult(Reply("Hallo"));

        var reply = await PostAsync(Command).WithinAsync();
        reply.Sent(written: true);

        Assert.Equal(200, reply.StatusCode);
        var json = JsonNode.Parse(reply.Json.Span)!;
        Assert.Equal(4, (int)json["type"]!);
        Assert.Equal("Hallo", (string)json["data"]!["content"]!);
        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task A_slow_handler_is_deferred_in_the_http_response_and_its_reply_edits_the_original_over_rest()
    {
        var posting = PostAsync(Command);
        await _rest.Time.AdvanceToTimerAsync(DeferTimer);
        var reply = await posting.WithinAsync();

        Assert.Equal(200, reply.StatusCode);
        Assert.Equal(5, (int)JsonNode.Parse(reply.Json.Span)!["type"]!);
        _reply.SetResult(Reply("Zusammenfassung"));
        // The edit waits until the deferral is on the wire: before that Discord would not know the interaction.
        Assert.Empty(_rest.Http.Requests);
        reply.Sent(written: true);

        var edit = await _rest.Http.NextArrivalAsync().WithinAsync();
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal("/api/v10/webhooks/555/aW50ZXJhY3Rpb24/messages/@original", edit.Uri.AbsolutePath);
        Assert.Equal("Zusammenfassung", (string)JsonNode.Parse(edit.Body!)!["content"]!);
        Assert.Single(_rest.Http.Requests);
    }

    [Fact]
    public async Task When_the_deferral_could_not_be_written_the_late_reply_is_not_sent_over_rest()
    {
        var posting = PostAsync(Command);
        await _rest.Time.AdvanceToTimerAsync(DeferTimer);
        var reply = await posting.WithinAsync();
        Assert.Equal(5, (int)JsonNode.Parse(reply.Json.Span)!["type"]!);
        reply.Sent(written: false);
        _reply.SetResult(Reply("zu spät"));
        await _dispatcher.DrainAsync(CancellationToken.None).WithinAsync();

        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task Without_an_initial_response_within_three_seconds_the_request_gets_503_and_the_late_one_goes_nowhere()
    {
        // A handler that may show a modal is never deferred, so only the receiver's deadline ends the wait.
        _mayShowModal = true;
        var posting = PostAsync(Command);
        var due = await _rest.Time.AdvanceToTimerAsync("HttpInteractionReceiver.ReceiveAsync");
        var reply = await posting.WithinAsync();

        Assert.Equal(503, reply.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), due - new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
        _reply.SetResult(Reply("zu spät"));
        await _dispatcher.DrainAsync(CancellationToken.None).WithinAsync();
        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task A_body_that_is_not_an_interaction_gets_400_and_one_over_the_limit_413()
    {
        var garbage = Encoding.UTF8.GetBytes("{not json");
        Assert.Equal(400, (await PostAsync(garbage).WithinAsync()).StatusCode);
        var huge = new byte[HttpInteractionReceiver.MaxBodyBytes + 1];
        Assert.Equal(413, (await _receiver.ReceiveAsync(huge, "", "", CancellationToken.None)).StatusCode);
        Assert.Equal(0, _handled);
    }
}
