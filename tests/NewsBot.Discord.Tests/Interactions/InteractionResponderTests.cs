using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>The dispatcher decides what to answer; the responder its transport handed over delivers it.</summary>
public sealed class InteractionResponderTests
{
    private const string DeferTimer = "InteractionDispatcher.AwaitWithinDeadlineAsync";
    private readonly TimerClock _time = new(new DateTimeOffset(2025, 3, 4, 17, 0, 0, TimeSpan.Zero));
    private readonly TaskCompletionSource<InteractionResponse> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class ScriptedHandler(Func<Interaction, Task<InteractionResponse>> handle) : IInteractionHandler
    {
        public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) => await handle(interaction);

        public bool IsEphemeralIfDeferred(Interaction interaction) => true;
    }

    private InteractionDispatcher CreateDispatcher(Func<Interaction, Task<InteractionResponse>> handle)
    {
        var services = new ServiceCollection().AddSingleton<IInteractionHandler>(new ScriptedHandler(handle)).BuildServiceProvider();
        return new InteractionDispatcher(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordClientOptions { InteractionDeferAfter = TimeSpan.FromSeconds(2) }), _time, NullLogger<InteractionDispatcher>.Instance);
    }

    private static Interaction Command() =>
        JsonSerializer.Deserialize(GatewayPayloadDeserializationTests.InteractionCreate, DiscordJsonContext.Default.Interaction)!;

    private static InteractionResponse Reply(string text) =>
        InteractionResponse.Message(new InteractionMessage { Content = text, AllowedMentions = AllowedMentions.None });

    [Fact]
    public async Task A_quick_reply_goes_to_the_responder_as_the_initial_response_and_nothing_else()
    {
        var responder = new RecordingResponder(_time);
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(Reply("Hallo")));

        await dispatcher.RunAsync(Command(), responder, _time.GetTimestamp(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var answer = Assert.Single(responder.Answers);
        Assert.Equal(new Snowflake(1200), answer.Interaction.Id);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, answer.Response!.Type);
        Assert.Equal("Hallo", answer.Response.Data!.Content);
        Assert.Null(answer.Edit);
    }

    [Fact]
    public async Task A_slow_handler_gets_the_deferral_from_the_responder_at_the_threshold_then_its_reply_as_an_edit()
    {
        var responder = new RecordingResponder(_time);
        using var dispatcher = CreateDispatcher(_ => _reply.Task);
        var start = _time.GetUtcNow();

        var run = dispatcher.RunAsync(Command(), responder, _time.GetTimestamp(), CancellationToken.None);
        await _time.AdvanceToTimerAsync(DeferTimer);
        var deferral = await responder.NextAsync().WithinAsync();
        _reply.SetResult(Reply("Zusammenfassung"));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(2), deferral.At - start);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Response!.Type);
        Assert.Equal(MessageFlags.Ephemeral, deferral.Response.Data!.Flags);
        Assert.Equal(2, responder.Answers.Count);
        var edit = responder.Answers.Last();
        Assert.Null(edit.Response);
        Assert.Equal("Zusammenfassung", edit.Edit!.Content);
    }

    [Fact]
    public async Task A_deferral_the_responder_could_not_deliver_is_not_followed_by_an_edit()
    {
        var responder = new RecordingResponder(_time) { FailResponsesAfter = 0 };
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        var run = dispatcher.RunAsync(Command(), responder, _time.GetTimestamp(), CancellationToken.None);
        await _time.AdvanceToTimerAsync(DeferTimer);
        await responder.NextAsync().WithinAsync();
        _reply.SetResult(Reply("zu spät"));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(Assert.Single(responder.Answers).Edit);
    }

    [Fact]
    public async Task Each_interaction_is_answered_through_the_responder_its_transport_handed_over()
    {
        var gateway = new RecordingResponder(_time);
        var http = new RecordingResponder(_time);
        using var dispatcher = CreateDispatcher(interaction => Task.FromResult(Reply($"für {interaction.Id}")));

        dispatcher.Dispatch(Encoding.UTF8.GetBytes(GatewayPayloadDeserializationTests.InteractionCreate), gateway);
        dispatcher.Dispatch(Encoding.UTF8.GetBytes(GatewayPayloadDeserializationTests.InteractionCreate.Replace("\"1200\"", "\"1201\"", StringComparison.Ordinal)), http);
        await dispatcher.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("für 1200", Assert.Single(gateway.Answers).Response!.Data!.Content);
        Assert.Equal("für 1201", Assert.Single(http.Answers).Response!.Data!.Content);
    }
}
