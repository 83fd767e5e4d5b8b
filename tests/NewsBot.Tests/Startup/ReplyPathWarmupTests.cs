using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Interactions;
using NewsBot.DiscordAdapters;
using NewsBot.Interactions;
using NewsBot.Startup;
using NewsBot.Tests.Commands;

namespace NewsBot.Tests.Startup;

public sealed class ReplyPathWarmupTests
{
    private static CommandHarness Harness(Action<IServiceCollection>? also = null) => new()
    {
        AlsoRegister = services =>
        {
            // What the Discord wiring adds in the host: the handler the dispatcher resolves per interaction.
            services.AddSingleton<ComponentRouter>();
            services.AddSingleton<IInteractionHandler, DiscordInteractionHandler>();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug)); // the warm-up reports at Debug
            also?.Invoke(services);
        },
    };

    private static async Task WarmUpAsync(CommandHarness harness)
    {
        using var warmup = ActivatorUtilities.CreateInstance<ReplyPathWarmup>(harness.Provider);
        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;
    }

    [Fact]
    public async Task At_start_it_answers_a_rehearsed_summary_through_the_handler_and_summarizes_the_default_discussion_in_every_length()
    {
        var harness = Harness();

        await WarmUpAsync(harness);

        // The rehearsed /summary asks for the short summary; then every length is summarized (and remembered by the real summarizer).
        Assert.Equal([SummaryLength.Brief, .. Enum.GetValues<SummaryLength>()], harness.Summarizer.Requested);
        var warmed = Assert.Single(harness.Logs.Entries, e => e.Message.StartsWith("Reply path warmed up", StringComparison.Ordinal));
        Assert.Contains("/summary rehearsed", warmed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains("failed", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_rehearsal_is_not_counted_as_an_answered_command()
    {
        var harness = Harness(services => services.AddMetrics());
        var meters = harness.Provider.GetRequiredService<IMeterFactory>();
        long counted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "newsbot.interactions")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        listener.Start();

        await WarmUpAsync(harness);
        var afterWarmup = Interlocked.Read(ref counted);
        await harness.RunAsync("summary");

        Assert.Equal(0, afterWarmup);
        Assert.Equal(1, Interlocked.Read(ref counted));
    }

    [Fact]
    public async Task A_failing_rehearsal_is_only_logged_and_leaves_the_work_to_the_first_reply()
    {
        var harness = Harness();
        harness.Summarizer.Failure = new InvalidOperationException("summarizer broken");

        await WarmUpAsync(harness);

        Assert.Contains(harness.Logs.Entries, e => e.Message.Contains("Warming up the reply path failed (summarizer broken)", StringComparison.Ordinal));
    }
}
