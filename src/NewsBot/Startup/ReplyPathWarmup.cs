using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Commands;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Core.Summaries;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.DiscordAdapters;
using NewsBot.Interactions;

namespace NewsBot.Startup;

/// <summary>
/// Does at start, beside connecting, the work the first reply would otherwise do on its way: once the documents are
/// read, it rehearses a <c>/summary</c> (<see cref="InteractionRehearsal"/>: the interaction read out of a gateway
/// frame, the DI scope, the interaction handler and the command with its settings query, the reply mapped, checked and
/// written as the callback body) and summarizes the default discussion in every length (the summaries are remembered).
/// Under JIT that leaves the reply path compiled and the JSON metadata built. Nothing is sent, nothing stored, and the
/// rehearsal counts in no metric: it runs through a command router of its own without them. A failure here only leaves
/// the work to the first reply.
/// </summary>
internal sealed partial class ReplyPathWarmup(
    IServiceScopeFactory scopes, IEnumerable<ISlashCommand> commands, IDiscussionCatalog catalog, DiscussionResolver resolver,
    ISummarizer summarizer, TimeProvider time, ILogger<ReplyPathWarmup> logger) : BackgroundService
{
    /// <summary>The command rehearsed: the one most asked for.</summary>
    public const string RehearsedCommand = "summary";

    /// <summary>The rehearsal's guild: snowflake 0 is no real guild, so what the settings store remembers for it is never used.</summary>
    public static readonly Snowflake RehearsalGuild = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // off the host's start: the other services (the gateway) start meanwhile
        try
        {
            await FirstDiscussionsAsync(stoppingToken);
            var started = time.GetTimestamp();
            var body = await RehearseAsync(stoppingToken);
            if (resolver.Resolve(null, guildId: null) is DiscussionLookup.Found found)
            {
                foreach (var length in Enum.GetValues<SummaryLength>())
                    summarizer.Summarize(found.Discussion, length);
            }
            var took = time.GetElapsedTime(started);
            LogWarmedUp(logger, RehearsedCommand, body.Length, took.TotalMilliseconds);
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

    private async Task<byte[]> RehearseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Resolved as the dispatcher resolves it, so the handler is built; answered by a twin whose router has no metrics
        // and logs nothing, so that the rehearsal is not counted or reported as a command.
        _ = scope.ServiceProvider.GetService<IInteractionHandler>();
        var handler = new DiscordInteractionHandler(
            new CommandRouter(commands, NullLogger<CommandRouter>.Instance), scope.ServiceProvider.GetRequiredService<ComponentRouter>());
        return await InteractionRehearsal.RunAsync(RehearsedCommand, RehearsalGuild, "en-US", i => handler.HandleAsync(i, cancellationToken));
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reply path warmed up: /{Command} rehearsed ({Bytes} bytes of callback, nothing sent) in {Milliseconds} ms")]
    private static partial void LogWarmedUp(ILogger logger, string command, int bytes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warming up the reply path failed ({Error}); the first reply does that work")]
    private static partial void LogWarmupFailed(ILogger logger, string error);
}
