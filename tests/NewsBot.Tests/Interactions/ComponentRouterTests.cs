using Microsoft.Extensions.Logging;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Tests.Commands;
using NewsBot.Tests.Commands.Fakes;

namespace NewsBot.Tests.Interactions;

public sealed class ComponentRouterTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Theory]
    [InlineData("de", "Diese Schaltfläche funktioniert nicht mehr")]
    [InlineData("en-US", "This button no longer works")]
    public async Task A_button_no_handler_claims_gets_an_ephemeral_answer_in_the_pressers_language(string locale, string expected)
    {
        var reply = await Router().HandleAsync(CommandHarness.Press("gone:42", userLocale: locale), CancellationToken.None);

        var message = Assert.IsType<ComponentReply.NewMessage>(reply).Message;
        Assert.True(message.Ephemeral);
        Assert.StartsWith(expected, message.Content, StringComparison.Ordinal);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("gone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hostile_long_custom_id_is_answered_like_an_unknown_one_and_logged_only_in_part()
    {
        var hostile = new string('z', 100_000);

        var reply = await Router().HandleAsync(CommandHarness.Press(hostile), CancellationToken.None);

        Assert.True(Assert.IsType<ComponentReply.NewMessage>(reply).Message.Ephemeral);
        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning).Message;
        Assert.True(logged.Length < 300, $"logged {logged.Length} characters");
    }

    [Fact]
    public async Task A_press_goes_to_the_handler_of_its_prefix_with_the_payload()
    {
        var echo = new EchoHandler("echo");

        var reply = await Router(echo, new EchoHandler("other")).HandleAsync(CommandHarness.Press("echo:a:b"), CancellationToken.None);

        Assert.Equal("echo got a:b", Assert.IsType<ComponentReply.UpdateMessage>(reply).Message.Content);
    }

    [Fact]
    public async Task A_prefix_is_matched_exactly_not_by_its_beginning()
    {
        var reply = await Router(new EchoHandler("echo")).HandleAsync(CommandHarness.Press("echoes:1"), CancellationToken.None);

        Assert.True(Assert.IsType<ComponentReply.NewMessage>(reply).Message.Ephemeral);
    }

    [Theory]
    [InlineData("de", "Entschuldigung")]
    [InlineData("en-US", "Sorry")]
    public async Task A_failing_handler_becomes_an_ephemeral_apology_and_is_logged(string locale, string expected)
    {
        var reply = await Router(new EchoHandler("boom") { Failure = new InvalidOperationException("secret") })
            .HandleAsync(CommandHarness.Press("boom:1", userLocale: locale), CancellationToken.None);

        var message = Assert.IsType<ComponentReply.NewMessage>(reply).Message;
        Assert.True(message.Ephemeral);
        Assert.StartsWith(expected, message.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", message.Content, StringComparison.Ordinal);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task Cancellation_is_passed_on_not_turned_into_an_apology()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var router = Router(new EchoHandler("slow") { Failure = new OperationCanceledException(cancelled.Token) });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => router.HandleAsync(CommandHarness.Press("slow:1"), cancelled.Token).AsTask());
    }

    [Fact]
    public async Task A_modal_submit_goes_to_its_modal_handler_with_what_was_typed()
    {
        var router = Router(modals: [new NoteModal()]);

        var reply = await router.HandleAsync(Submit("note:7", new Dictionary<string, string> { ["text"] = "Hallo" }), CancellationToken.None);

        Assert.Equal("note 7: Hallo", Assert.IsType<ComponentReply.NewMessage>(reply).Message.Content);
    }

    [Fact]
    public async Task A_modal_no_handler_claims_gets_an_ephemeral_answer()
    {
        var reply = await Router().HandleAsync(Submit("gone:1", new Dictionary<string, string>()), CancellationToken.None);

        Assert.True(Assert.IsType<ComponentReply.NewMessage>(reply).Message.Ephemeral);
        Assert.True(Router().DefersEphemeral(Submit("gone:1", new Dictionary<string, string>())));
    }

    [Fact]
    public async Task A_modal_answered_with_a_modal_which_Discord_refuses_becomes_an_apology()
    {
        var router = Router(modals: [new NoteModal { AnswerWithModal = true }]);

        var reply = await router.HandleAsync(Submit("note:1", new Dictionary<string, string> { ["text"] = "x" }), CancellationToken.None);

        Assert.True(Assert.IsType<ComponentReply.NewMessage>(reply).Message.Ephemeral);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public void Only_a_handler_that_declares_it_may_answer_with_a_modal()
    {
        var router = Router(new EchoHandler("echo"), new EchoHandler("ask") { Modal = true });

        Assert.True(router.AnswersWithModal(CommandHarness.Press("ask:1")));
        Assert.False(router.AnswersWithModal(CommandHarness.Press("echo:1")));
        Assert.False(router.AnswersWithModal(CommandHarness.Press("gone:1")));
    }

    [Fact]
    public void Two_handlers_claiming_one_prefix_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Router(new EchoHandler("echo"), new EchoHandler("echo")));
    }

    private ComponentRouter Router(params IComponentHandler[] handlers) => Router(handlers, []);

    private ComponentRouter Router(IComponentHandler[]? handlers = null, IModalSubmitHandler[]? modals = null) =>
        new(handlers ?? [], modals ?? [], new LoggerFactory([_logs]).CreateLogger<ComponentRouter>());

    private static ModalSubmitContext Submit(string customId, IReadOnlyDictionary<string, string> values)
    {
        var (prefix, payload) = CustomId.Split(customId);
        return new ModalSubmitContext(prefix, payload, values, null, CommandHarness.GuildId, CommandHarness.ChannelId, CommandHarness.UserId, "de", "de", 0);
    }

    private sealed class EchoHandler(string prefix) : IComponentHandler
    {
        public Exception? Failure { get; init; }

        public bool Modal { get; init; }

        public string Prefix => prefix;

        public bool AnswersWithModal(ComponentContext context) => Modal;

        public ValueTask<ComponentReply> HandleAsync(ComponentContext context, CancellationToken cancellationToken) => Failure is not null
            ? throw Failure
            : ValueTask.FromResult<ComponentReply>(new ComponentReply.UpdateMessage(BotMessage.Text($"{prefix} got {context.Payload}")));
    }

    private sealed class NoteModal : IModalSubmitHandler
    {
        public bool AnswerWithModal { get; init; }

        public string Prefix => "note";

        public ValueTask<ComponentReply> HandleAsync(ModalSubmitContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<ComponentReply>(AnswerWithModal
                ? new ComponentReply.ShowModal(new BotModal("note:2", "Again", [new BotTextInput("text", "Text")]))
                : new ComponentReply.NewMessage(BotMessage.Text($"note {context.Payload}: {context.Values["text"]}")));
    }
}
