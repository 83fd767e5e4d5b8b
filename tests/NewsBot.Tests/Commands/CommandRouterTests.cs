using NewsBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Commands;
using NewsBot.Messages;

namespace NewsBot.Tests.Commands;

public sealed class CommandRouterTests
{
    [Theory]
    [InlineData("de", "Entschuldigung")]
    [InlineData("en-US", "Sorry")]
    public async Task An_unexpected_failure_becomes_an_ephemeral_apology_in_the_users_language_and_is_logged(string locale, string expected)
    {
        var harness = new CommandHarness();
        harness.Summarizer.Failure = new InvalidOperationException("boom");

        var reply = await harness.RunAsync("summary", userLocale: locale);

        Assert.True(reply.Ephemeral);
        Assert.StartsWith(expected, reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", reply.Content, StringComparison.Ordinal);
        var logged = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("summary", logged.Message, StringComparison.Ordinal);
        Assert.Contains(CommandHarness.GuildId.ToString(System.Globalization.CultureInfo.InvariantCulture), logged.Message, StringComparison.Ordinal);
        Assert.NotNull(logged.Exception);
    }

    [Fact]
    public async Task An_unknown_command_gets_an_ephemeral_answer()
    {
        var reply = await new CommandHarness().RunAsync("dance", userLocale: "de");

        Assert.True(reply.Ephemeral);
        Assert.Contains("/hilfe", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_subcommand_gets_an_ephemeral_answer()
    {
        var reply = await new CommandHarness().RunAsync("config", "explode", permissions: Permissions.ManageGuild);

        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task Cancellation_is_passed_on_not_turned_into_an_apology()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var router = new CommandRouter([new CancellingCommand()], NullLogger<CommandRouter>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => router.HandleAsync(CommandHarness.Context("cancel"), cancelled.Token).AsTask());
    }

    [Fact]
    public async Task A_failing_autocomplete_returns_no_suggestions()
    {
        var harness = new CommandHarness();
        harness.Catalog.Failure = new InvalidOperationException("catalog broke");

        var choices = await harness.Router.AutocompleteAsync(
            CommandHarness.Context("summary", options: new() { ["discussion"] = "e" }) with { FocusedOption = "discussion" }, CancellationToken.None);

        Assert.Empty(choices);
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("summary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_interaction_is_counted_by_command_kind_and_outcome()
    {
        using var metrics = new RecordedMeasurements();
        var harness = new CommandHarness();
        var router = new CommandRouter(harness.Provider.GetServices<ISlashCommand>(), NullLogger<CommandRouter>.Instance, new CommandMetrics(metrics.Factory));

        await router.HandleAsync(CommandHarness.Context("help"), CancellationToken.None);
        await router.HandleAsync(CommandHarness.Context("help"), CancellationToken.None);
        await router.HandleAsync(CommandHarness.Context("dance"), CancellationToken.None);
        harness.Summarizer.Failure = new InvalidOperationException("boom");
        await router.HandleAsync(CommandHarness.Context("summary"), CancellationToken.None);
        await router.AutocompleteAsync(CommandHarness.Context("summary", options: new() { ["discussion"] = "e" }) with { FocusedOption = "discussion" },
            CancellationToken.None);

        const string name = "newsbot.interactions";
        Assert.Equal(2, metrics.Sum(name, ("command", "help"), ("kind", "command"), ("outcome", "ok")));
        Assert.Equal(1, metrics.Sum(name, ("command", "unknown"), ("kind", "command"), ("outcome", "unknown")));
        Assert.Equal(1, metrics.Sum(name, ("command", "summary"), ("kind", "command"), ("outcome", "failed")));
        Assert.Equal(1, metrics.Sum(name, ("command", "summary"), ("kind", "autocomplete"), ("outcome", "ok")));
        Assert.Equal(0, metrics.Sum(name, ("command", "dance")));
    }

    private sealed class CancellingCommand : ISlashCommand
    {
        public SlashCommandDefinition Definition { get; } = new("cancel", "Cancels", []);

        public HelpLine? Help => null;

        public bool DefersEphemeral(CommandContext context) => false;

        public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return BotMessage.Text("never");
        }

        public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
    }
}
