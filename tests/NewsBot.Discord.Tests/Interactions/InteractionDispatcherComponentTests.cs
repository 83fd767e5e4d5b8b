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

/// <summary>
/// Component presses, modal submits and modals through the dispatcher: which deferral each gets, where a late answer
/// goes, and that a modal is only ever the first response.
/// </summary>
public sealed class InteractionDispatcherComponentTests
{
    private const string DeferTimer = "InteractionDispatcher.AwaitWithinDeadlineAsync";
    private readonly RestClientFixture _rest = new();
    private readonly RestInteractionResponder _responder;
    private readonly TaskCompletionSource<InteractionResponse> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public InteractionDispatcherComponentTests() => _responder = new RestInteractionResponder(_rest.Client);

    private sealed class ScriptedHandler(Func<Interaction, Task<InteractionResponse>> handle, bool answersWithModal) : IInteractionHandler
    {
        public int ModalQuestions { get; private set; }

        /// <summary>Set once the dispatcher asked whether the interaction may be answered with a modal.</summary>
        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) => await handle(interaction);

        public bool AnswersWithModal(Interaction interaction)
        {
            ModalQuestions++;
            Asked.TrySetResult();
            return answersWithModal;
        }
    }

    private InteractionDispatcher CreateDispatcher(Func<Interaction, Task<InteractionResponse>> handle, bool answersWithModal = false) =>
        CreateDispatcher(new ScriptedHandler(handle, answersWithModal));

    private InteractionDispatcher CreateDispatcher(IInteractionHandler handler)
    {
        var services = new ServiceCollection().AddSingleton(handler).BuildServiceProvider();
        return new InteractionDispatcher(services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordClientOptions { InteractionDeferAfter = TimeSpan.FromSeconds(2) }), _rest.Time, NullLogger<InteractionDispatcher>.Instance);
    }

    private static Interaction Of(InteractionType type, bool onMessage = false)
    {
        var interaction = JsonSerializer.Deserialize(GatewayPayloadDeserializationTests.InteractionCreate, DiscordJsonContext.Default.Interaction)! with { Type = type };
        if (onMessage)
            interaction.Message = new Message { Id = 7000, ChannelId = 300, Content = "Vorschau" };
        return interaction;
    }

    private static InteractionMessage Text(string text, bool ephemeral = false) =>
        new() { Content = text, AllowedMentions = AllowedMentions.None, Ephemeral = ephemeral };

    private static InteractionModal PasteModal() => new("paste:1", "Text einfügen",
        [Component.ActionRow(Component.TextInput("text", "Ankündigung", TextInputStyle.Paragraph, maxLength: 4000))]);

    private async Task<RecordedRequest> DeferralAsync()
    {
        await _rest.Time.AdvanceToTimerAsync(DeferTimer);
        return await _rest.Http.NextArrivalAsync().WithinAsync();
    }

    /// <summary>Runs the interaction as received <paramref name="ago"/> before now (by default just now).</summary>
    private Task RunAsync(InteractionDispatcher dispatcher, Interaction interaction, TimeSpan ago = default) =>
        dispatcher.RunAsync(interaction, _responder, _rest.Time.GetTimestamp() - (long)(ago.TotalSeconds * _rest.Time.TimestampFrequency), CancellationToken.None);

    [Fact]
    public async Task A_slow_components_late_update_edits_the_message_the_button_is_on_after_a_deferred_update()
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        var run = RunAsync(dispatcher, Of(InteractionType.MessageComponent, onMessage: true));
        var deferral = await DeferralAsync();
        _reply.SetResult(InteractionResponse.UpdateMessage(Text("Gespeichert")));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(6, (int)JsonNode.Parse(deferral.Body!)!["type"]!);
        Assert.Null(JsonNode.Parse(deferral.Body!)!["data"]);
        var edit = _rest.Http.Requests.Last();
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.EndsWith("/messages/@original", edit.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Gespeichert", (string)JsonNode.Parse(edit.Body!)!["content"]!);
        Assert.Equal(2, _rest.Http.Requests.Count);
    }

    [Fact]
    public async Task A_slow_components_late_new_message_is_sent_as_a_follow_up_keeping_its_privacy()
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        var run = RunAsync(dispatcher, Of(InteractionType.MessageComponent, onMessage: true));
        await DeferralAsync();
        _reply.SetResult(InteractionResponse.Message(Text("Nur für dich", ephemeral: true)));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        var followUp = _rest.Http.Requests.Last();
        Assert.Equal(HttpMethod.Post, followUp.Method);
        Assert.Equal("/api/v10/webhooks/555/aW50ZXJhY3Rpb24", followUp.Uri.AbsolutePath);
        var body = JsonNode.Parse(followUp.Body!)!;
        Assert.Equal("Nur für dich", (string)body["content"]!);
        Assert.Equal(64, (int)body["flags"]!);
    }

    [Theory]
    [InlineData(InteractionType.ApplicationCommand)]
    [InlineData(InteractionType.ModalSubmit)]
    public async Task Commands_and_modal_submits_are_deferred_with_thinking_and_their_late_reply_edits_it(InteractionType type)
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        var run = RunAsync(dispatcher, Of(type));
        var deferral = await DeferralAsync();
        _reply.SetResult(InteractionResponse.Message(Text("Fertig")));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(5, (int)JsonNode.Parse(deferral.Body!)!["type"]!);
        Assert.Equal(HttpMethod.Patch, _rest.Http.Requests.Last().Method);
    }

    [Fact]
    public async Task A_quick_modal_is_the_first_and_only_response()
    {
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(InteractionResponse.Modal(PasteModal())), answersWithModal: true);

        await RunAsync(dispatcher, Of(InteractionType.ApplicationCommand)).WaitAsync(TimeSpan.FromSeconds(30));

        var body = JsonNode.Parse(Assert.Single(_rest.Http.Requests).Body!)!;
        Assert.Equal(9, (int)body["type"]!);
        Assert.Equal("paste:1", (string)body["data"]!["custom_id"]!);
        Assert.Equal("Text einfügen", (string)body["data"]!["title"]!);
        Assert.Equal(4, (int)body["data"]!["components"]![0]!["components"]![0]!["type"]!);
    }

    [Theory]
    [InlineData(InteractionType.ApplicationCommand)]
    [InlineData(InteractionType.MessageComponent)]
    public async Task A_handler_that_may_answer_with_a_modal_is_never_deferred_even_past_the_threshold(InteractionType type)
    {
        var handler = new ScriptedHandler(_ => _reply.Task, answersWithModal: true);
        using var dispatcher = CreateDispatcher(handler);

        // Received 2.8 s ago, past the 2-s threshold: any other handler would be deferred at once, right after the
        // dispatcher asked, before the reply is set below.
        var run = RunAsync(dispatcher, Of(type, onMessage: type == InteractionType.MessageComponent), ago: TimeSpan.FromSeconds(2.8));
        await handler.Asked.Task.WithinAsync();
        _reply.SetResult(InteractionResponse.Modal(PasteModal()));
        await run.WithinAsync();

        Assert.Equal(1, handler.ModalQuestions);
        Assert.Equal(9, (int)JsonNode.Parse(Assert.Single(_rest.Http.Requests).Body!)!["type"]!);
    }

    [Fact]
    public async Task A_late_modal_from_a_handler_that_did_not_declare_it_is_not_sent_after_the_deferral()
    {
        using var dispatcher = CreateDispatcher(_ => _reply.Task);

        var run = RunAsync(dispatcher, Of(InteractionType.ApplicationCommand));
        var deferral = await DeferralAsync();
        _reply.SetResult(InteractionResponse.Modal(PasteModal()));
        await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(5, (int)JsonNode.Parse(deferral.Body!)!["type"]!);
        Assert.Single(_rest.Http.Requests);
    }

    [Theory]
    [InlineData(InteractionType.ModalSubmit, InteractionCallbackType.Modal, false)]
    [InlineData(InteractionType.ApplicationCommand, InteractionCallbackType.UpdateMessage, false)]
    [InlineData(InteractionType.ApplicationCommand, InteractionCallbackType.DeferredUpdateMessage, false)]
    [InlineData(InteractionType.ModalSubmit, InteractionCallbackType.UpdateMessage, false)]
    [InlineData(InteractionType.ApplicationCommandAutocomplete, InteractionCallbackType.ChannelMessageWithSource, false)]
    [InlineData(InteractionType.ModalSubmit, InteractionCallbackType.UpdateMessage, true)]
    [InlineData(InteractionType.MessageComponent, InteractionCallbackType.DeferredUpdateMessage, true)]
    public async Task A_response_type_is_sent_only_where_discord_accepts_it(InteractionType type, InteractionCallbackType callback, bool onMessage)
    {
        var response = callback switch
        {
            InteractionCallbackType.Modal => InteractionResponse.Modal(PasteModal()),
            InteractionCallbackType.UpdateMessage => InteractionResponse.UpdateMessage(Text("neu")),
            InteractionCallbackType.DeferredUpdateMessage => InteractionResponse.DeferredUpdate(),
            _ => InteractionResponse.Message(Text("hallo")),
        };
        using var dispatcher = CreateDispatcher(_ => Task.FromResult(response));

        await RunAsync(dispatcher, Of(type, onMessage)).WaitAsync(TimeSpan.FromSeconds(30));

        var accepted = type == InteractionType.MessageComponent || (type == InteractionType.ModalSubmit && onMessage);
        Assert.Equal(accepted ? 1 : 0, _rest.Http.Requests.Count);
    }
}
