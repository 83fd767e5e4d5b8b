using NewsBot.Testing;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Models;
using NewsBot.Discord.Tests.Rest;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>The dispatcher answering gateway interactions through the REST responder: what reaches Discord's routes.</summary>
public sealed class InteractionDispatcherTests
{
    private const string DeferTimer = "InteractionDispatcher.AwaitWithinDeadlineAsync";
    private readonly RestClientFixture _rest = new();
    private readonly RestInteractionResponder _responder;

    public InteractionDispatcherTests() => _responder = new RestInteractionResponder(_rest.Client);
    private readonly TaskCompletionSource<InteractionResponse> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class ScriptedHandler(Func<Interaction, Task<InteractionResponse>> handle, bool ephemeralIfDeferred) : IInteractionHandler
    {
        public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) => await handle(interaction);

        public bool IsEphemeralIfDeferred(Interaction interaction) => ephemeralIfDeferred;
    }

    private InteractionDispatcher CreateDispatcher(
        Func<Interaction, Task<InteractionResponse>> handle, bool ephemeralIfDeferred = false, RecordedMeasurements? metrics = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IInteractionHandler>(new ScriptedHandler(handle, ephemeralIfDeferred))
            .BuildServiceProvider();
        return new InteractionDispatcher(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordClientOptions { InteractionDeferAfter = TimeSpan.FromSeconds(2) }), _rest.Time, NullLogger<InteractionDispatcher>.Instance,
            new InteractionMetrics(metrics?.Factory));
    }

    [Fact]
    public async Task The_time_to_the_first_answer_is_recorded_for_a_direct_reply_and_for_a_deferral()
    {
        using var metrics = new RecordedMeasurements();
        using var quick = CreateDispatcher(_ => Task.FromResult(Reply("Hallo")), metrics: metrics);
        using var slow = CreateDispatcher(_ => _reply.Task, metrics: metrics);

        await quick.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        var run = slow.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None);
        await _rest.Time.AdvanceToTimerAsync(DeferTimer);
        await _rest.Http.NextArrivalAsync().WithinAsync(); // the quick reply
        await _rest.Http.NextArrivalAsync().WithinAsync(); // the deferral
        _reply.SetResult(Reply("spät"));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        const string name = "newsbot.interaction.reply.duration";
        Assert.Equal(1, metrics.Count(name, ("deferred", false), ("sent", true)));
        Assert.Equal(0, metrics.Sum(name, ("deferred", false)));
        Assert.Equal(1, metrics.Count(name, ("deferred", true), ("sent", true)));
        Assert.Equal(2, metrics.Sum(name, ("deferred", true)));
    }

    private static Interaction Command(InteractionType type = InteractionType.ApplicationCommand) =>
        JsonSerializer.Deserialize(GatewayPayloadDeserializationTests.InteractionCreate, DiscordJsonContext.Default.Interaction)! with { Type = type };

    private static InteractionResponse Reply(string text, bool ephemeral = false) =>
        InteractionResponse.Message(new InteractionMessage { Content = text, AllowedMentions = AllowedMentions.None, Ephemeral = ephemeral });

    [Fact]
    public async Task A_quick_handler_is_answered_directly_with_its_reply()
    {
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(Reply("Hallo", ephemeral: true)));

        await dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var request = Assert.Single(_rest.Http.Requests);
        Assert.Equal("/api/v10/interactions/1200/aW50ZXJhY3Rpb24/callback", request.Uri.AbsolutePath);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal(4, (int)body["type"]!);
        Assert.Equal("Hallo", (string)body["data"]!["content"]!);
        Assert.Equal(64, (int)body["data"]!["flags"]!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_slow_handler_is_deferred_at_the_threshold_then_its_reply_edits_the_original(bool ephemeral)
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task, ephemeral);
        var start = _rest.Time.GetUtcNow();

        var run = dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None);
        await _rest.Time.AdvanceToTimerAsync(DeferTimer);
        var deferral = await _rest.Http.NextArrivalAsync().WithinAsync();

        Assert.Equal(TimeSpan.FromSeconds(2), deferral.At - start);
        var deferBody = JsonNode.Parse(deferral.Body!)!;
        Assert.Equal(5, (int)deferBody["type"]!);
        Assert.Equal(ephemeral ? 64 : (int?)null, (int?)deferBody["data"]?["flags"]);

        _reply.SetResult(Reply("Zusammenfassung"));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        var edit = _rest.Http.Requests.Last();
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.Equal("/api/v10/webhooks/555/aW50ZXJhY3Rpb24/messages/@original", edit.Uri.AbsolutePath);
        Assert.Equal("Zusammenfassung", (string)JsonNode.Parse(edit.Body!)!["content"]!);
        Assert.Equal(2, _rest.Http.Requests.Count);
    }

    [Fact]
    public async Task A_slow_component_interaction_is_deferred_as_an_update()
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        var run = dispatcher.RunAsync(Command(InteractionType.MessageComponent), _responder, _rest.Time.GetTimestamp(), CancellationToken.None);
        await _rest.Time.AdvanceToTimerAsync(DeferTimer);
        var deferral = await _rest.Http.NextArrivalAsync().WithinAsync();
        _reply.SetResult(InteractionResponse.UpdateMessage(new InteractionMessage { Content = "neu", AllowedMentions = AllowedMentions.None }));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(6, (int)JsonNode.Parse(deferral.Body!)!["type"]!);
    }

    [Fact]
    public async Task Autocomplete_is_never_deferred_and_answered_when_the_handler_finishes()
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        // Received 2.8 s ago, past the moment a command would have been deferred (at once, without a timer).
        var receivedAt = _rest.Time.GetTimestamp() - (long)(2.8 * _rest.Time.TimestampFrequency);
        var run = dispatcher.RunAsync(Command(InteractionType.ApplicationCommandAutocomplete), _responder, receivedAt, CancellationToken.None);
        _reply.SetResult(InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.ForString("Europa", "eur")]));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        var only = Assert.Single(_rest.Http.Requests);
        Assert.Equal(8, (int)JsonNode.Parse(only.Body!)!["type"]!);
    }

    [Fact]
    public async Task A_failed_callback_is_logged_not_thrown()
    {
        _rest.Http.Then(HttpStatusCode.NotFound, """{"code":10062,"message":"Unknown interaction"}""");
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(Reply("zu spät")));

        await dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(_rest.Http.Requests);
    }

    private sealed class ThrowingHandler : IInteractionHandler
    {
        public ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("broken before any await");
    }

    [Fact]
    public async Task A_handler_that_throws_before_returning_leaves_the_interaction_unanswered()
    {
        var services = new ServiceCollection().AddSingleton<IInteractionHandler>(new ThrowingHandler()).BuildServiceProvider();
        using var dispatcher = new InteractionDispatcher(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordClientOptions()), _rest.Time, NullLogger<InteractionDispatcher>.Instance);

        await dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task A_handler_that_fails_after_awaiting_leaves_the_interaction_unanswered()
    {
        using var dispatcher = CreateDispatcher(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("broken later");
        });

        await dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task An_interaction_dispatched_as_received_bytes_is_read_and_answered()
    {
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(Reply("Hallo")));

        dispatcher.Dispatch(System.Text.Encoding.UTF8.GetBytes(GatewayPayloadDeserializationTests.InteractionCreate), _responder);
        await dispatcher.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("/api/v10/interactions/1200/aW50ZXJhY3Rpb24/callback", Assert.Single(_rest.Http.Requests).Uri.AbsolutePath);
    }

    [Fact]
    public async Task Unreadable_interaction_bytes_are_dropped_without_holding_up_the_drain()
    {
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(Reply("Hallo")));

        dispatcher.Dispatch("""{"id":"not a snowflake"}"""u8.ToArray(), _responder);
        await dispatcher.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(_rest.Http.Requests);
    }

    [Fact]
    public async Task A_reply_still_on_its_way_does_not_hold_a_handler_slot()
    {
        var services = new ServiceCollection()
            .AddSingleton<IInteractionHandler>(new ScriptedHandler(_ => Task.FromResult(Reply("Hallo")), false))
            .BuildServiceProvider();
        using var dispatcher = new InteractionDispatcher(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordClientOptions { MaxConcurrentInteractions = 1 }), _rest.Time, NullLogger<InteractionDispatcher>.Instance);
        _rest.Http.ThenNoAnswer();
        using var stop = new CancellationTokenSource();

        var stuck = dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), stop.Token);
        await _rest.Http.NextArrivalAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await dispatcher.RunAsync(Command(), _responder, _rest.Time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, _rest.Http.Requests.Count);
        await stop.CancelAsync();
        await stuck.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
