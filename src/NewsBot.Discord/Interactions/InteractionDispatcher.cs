using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Runs interaction handlers off the transport's thread (bounded concurrency) and answers within Discord's 3 seconds
/// through the responder the transport hands over: the handler's reply directly when it is quick, otherwise a deferral
/// first and an edit of the original reply when the handler finishes.
/// </summary>
internal sealed partial class InteractionDispatcher(
    IServiceScopeFactory scopes, IOptions<DiscordClientOptions> options, TimeProvider time, ILogger<InteractionDispatcher> logger,
    InteractionMetrics? metrics = null)
    : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentInteractions, options.Value.MaxConcurrentInteractions);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _idleLock = new();
    private int _inFlight;
    private TaskCompletionSource? _idle;

    /// <summary>
    /// Starts handling an interaction's UTF-8 JSON (which must stay unchanged) on the thread pool and returns at once: the
    /// transport only hands over the data, the worker reads it. <paramref name="responder"/> delivers the answers the way
    /// the transport needs. A counter, not a task map, tracks what runs.
    /// </summary>
    public void Dispatch(ReadOnlyMemory<byte> utf8Interaction, IInteractionResponder responder)
    {
        var receivedAt = time.GetTimestamp();
        Interlocked.Increment(ref _inFlight);
        ThreadPool.QueueUserWorkItem(static state => _ = state.Self.ReadAndRunTrackedAsync(state.Utf8, state.Responder, state.ReceivedAt),
            (Self: this, Utf8: utf8Interaction, Responder: responder, ReceivedAt: receivedAt), preferLocal: false);
    }

    /// <summary>
    /// Starts handling an interaction the transport has read already (HTTP interactions: the PING must be told apart first)
    /// on the thread pool and returns at once; <paramref name="receivedAt"/> is when it arrived (<see cref="TimeProvider.GetTimestamp"/>).
    /// </summary>
    public void Dispatch(Interaction interaction, IInteractionResponder responder, long receivedAt)
    {
        Interlocked.Increment(ref _inFlight);
        ThreadPool.QueueUserWorkItem(static state => _ = state.Self.RunCoreAsync(state.Interaction, state.Responder, state.ReceivedAt, tracked: true, state.Self._stopping.Token),
            (Self: this, Interaction: interaction, Responder: responder, ReceivedAt: receivedAt), preferLocal: false);
    }

    private Task ReadAndRunTrackedAsync(ReadOnlyMemory<byte> utf8Interaction, IInteractionResponder responder, long receivedAt)
    {
        Interaction? interaction;
        try
        {
            interaction = InteractionJsonReader.Read(utf8Interaction.Span);
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex);
            interaction = null;
        }
        if (interaction is not null)
            return RunCoreAsync(interaction, responder, receivedAt, tracked: true, _stopping.Token);
        Untrack();
        return Task.CompletedTask;
    }

    private void Untrack()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0)
            SignalIdle();
    }

    private void SignalIdle()
    {
        TaskCompletionSource? idle;
        lock (_idleLock)
        {
            if (Volatile.Read(ref _inFlight) != 0)
                return;
            idle = _idle;
            _idle = null;
        }
        idle?.TrySetResult();
    }

    private Task WhenIdle()
    {
        lock (_idleLock)
        {
            if (Volatile.Read(ref _inFlight) == 0)
                return Task.CompletedTask;
            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    /// <summary>Lets running handlers finish (bounded by the caller's token), then cancels the rest.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdle().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _slots.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An interaction could not be read; left unanswered")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No IInteractionHandler registered; interaction {InteractionId} left unanswered")]
    private static partial void LogNoHandler(ILogger logger, Snowflake interactionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deferred interaction {InteractionId} (/{Command}): the handler needs longer")]
    private static partial void LogDeferred(ILogger logger, Snowflake interactionId, string? command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering interaction {InteractionId} failed: {Error}")]
    private static partial void LogCallbackFailed(ILogger logger, Snowflake interactionId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction handler failed for {InteractionId} (/{Command})")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, Snowflake interactionId, string? command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} was deferred; a late response of type {Type} cannot be delivered")]
    private static partial void LogUnusableLateResponse(ILogger logger, Snowflake interactionId, int type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction {InteractionId} ({Name}) was deferred, so its modal cannot be shown: a modal must be the first response; the handler must declare it with AnswersWithModal and answer within 3 s")]
    private static partial void LogLateModal(ILogger logger, Snowflake interactionId, string? name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} ({Name}) may answer with a modal, so it was not deferred, and its handler took {Milliseconds} ms: Discord allows 3 s")]
    private static partial void LogSlowUndeferred(ILogger logger, Snowflake interactionId, string? name, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction {InteractionId}: the handler answered with callback type {CallbackType}, which Discord refuses for interaction type {InteractionType}; nothing was sent")]
    private static partial void LogRefusedCallbackType(ILogger logger, Snowflake interactionId, int callbackType, int interactionType);
}
