using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Interactions;
using NewsBot.Settings;

namespace NewsBot.Startup;

/// <summary>
/// Does at start, beside connecting, the work the first reply would otherwise do on its way: builds the interaction
/// handler with its commands, summarizes the discussion /summary shows by default (the summaries are remembered, and
/// the summarizer's code and patterns are ready), and asks the settings store once (its connection and query are
/// prepared). Nothing is sent and nothing is stored; a failure here only leaves the work to the first reply.
/// </summary>
internal sealed partial class ReplyPathWarmup(
    IServiceScopeFactory scopes, IDiscussionCatalog catalog, DiscussionResolver resolver, ISummarizer summarizer,
    IGuildSettingsLookup settings, ILogger<ReplyPathWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // off the host's start: the other services (the gateway) start meanwhile
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
                scope.ServiceProvider.GetService<IInteractionHandler>();
            await settings.FindAsync(0, stoppingToken);
            await FirstDiscussionsAsync(stoppingToken);
            if (resolver.Resolve(null, guildId: null) is DiscussionLookup.Found found)
            {
                foreach (var length in Enum.GetValues<SummaryLength>())
                    summarizer.Summarize(found.Discussion, length);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // warming up is an optimisation: whatever fails here fails again, and is reported, on the reply path
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogWarmupFailed(logger, ex.Message);
        }
    }

    /// <summary>Completes once the catalog holds discussions (the documents are read by another hosted service).</summary>
    private async Task FirstDiscussionsAsync(CancellationToken cancellationToken)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(object? sender, EventArgs e)
        {
            if (catalog.Current.Count > 0)
                loaded.TrySetResult();
        }
        catalog.Changed += OnChanged;
        try
        {
            OnChanged(null, EventArgs.Empty);
            await loaded.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            catalog.Changed -= OnChanged;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warming up the reply path failed ({Error}); the first reply does that work")]
    private static partial void LogWarmupFailed(ILogger logger, string error);
}
