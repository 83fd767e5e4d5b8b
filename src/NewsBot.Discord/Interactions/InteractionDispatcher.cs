using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Runs interaction handlers off the gateway's receive loop (bounded concurrency) and answers within Discord's
/// 3 seconds: the handler's reply directly when it is quick, otherwise a deferral first and an edit of the
/// original reply when the handler finishes.
/// </summary>
internal sealed partial class InteractionDispatcher(
    IServiceScopeFactory scopes, IDiscordRestClient rest, IOptions<DiscordClientOptions> options, TimeProvider time,
    ILogger<InteractionDispatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentInteractions, options.Value.MaxConcurrentInteractions);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _idleLock = new();
    private int _inFlight;
    private TaskCompletionSource? _idle;

    /// <summary>Starts handling on the thread pool and returns at once (a counter, not a task map, tracks what runs).</summary>
    public void Dispatch(Interaction interaction)
    {
        var receivedAt = time.GetTimestamp();
        Interlocked.Increment(ref _inFlight);
        ThreadPool.QueueUserWorkItem(static state => _ = state.Self.RunTrackedAsync(state.Interaction, state.ReceivedAt),
            (Self: this, Interaction: interaction, ReceivedAt: receivedAt), preferLocal: false);
    }

    /// <summary>
    /// Like <see cref="Dispatch(Interaction)"/> from INTERACTION_CREATE's UTF-8 data (which must stay unchanged): it is
    /// read on the thread pool, so the gateway's receive loop only copies it.
    /// </summary>
    public void Dispatch(ReadOnlyMemory<byte> utf8Interaction)
    {
        var receivedAt = time.GetTimestamp();
        Interlocked.Increment(ref _inFlight);
        ThreadPool.QueueUserWorkItem(static state => _ = state.Self.ReadAndRunTrackedAsync(state.Utf8, state.ReceivedAt),
            (Self: this, Utf8: utf8Interaction, ReceivedAt: receivedAt), preferLocal: false);
    }

    private Task ReadAndRunTrackedAsync(ReadOnlyMemory<byte> utf8Interaction, long receivedAt)
    {
        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(utf8Interaction.Span, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex);
            interaction = null;
        }
        if (interaction is not null)
            return RunTrackedAsync(interaction, receivedAt);
        if (Interlocked.Decrement(ref _inFlight) == 0)
            SignalIdle();
        return Task.CompletedTask;
    }

    private async Task RunTrackedAsync(Interaction interaction, long receivedAt)
    {
        try
        {
            await RunAsync(interaction, receivedAt, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            if (Interlocked.Decrement(ref _inFlight) == 0)
                SignalIdle();
        }
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

    internal async Task RunAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetService<IInteractionHandler>();
            if (handler is null)
            {
                LogNoHandler(logger, interaction.Id);
                return;
            }
            await RespondAsync(handler, interaction, receivedAt, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task RespondAsync(IInteractionHandler handler, Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        var pending = InvokeAsync(handler, interaction, cancellationToken);
        if (pending.IsCompleted)
        {
            // The handler answered at once: no deadline timer, no task to watch.
            if (pending.Result is { } immediate)
                await SendCallbackAsync(interaction, immediate, cancellationToken);
            return;
        }

        var handling = pending.AsTask();
        var remaining = options.Value.InteractionDeferAfter - time.GetElapsedTime(receivedAt);
        if (remaining > TimeSpan.Zero && !handling.IsCompleted)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var timer = Task.Delay(remaining, time, deadline.Token);
            await Task.WhenAny(handling, timer);
            await deadline.CancelAsync();
        }

        if (handling.IsCompleted || interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            // Autocomplete cannot be deferred: answer whenever the handler is done, late or not.
            if (await handling is { } response)
                await SendCallbackAsync(interaction, response, cancellationToken);
            return;
        }

        var deferral = interaction.Type == InteractionType.MessageComponent
            ? InteractionResponse.DeferredUpdate()
            : InteractionResponse.DeferredMessage(handler.IsEphemeralIfDeferred(interaction));
        LogDeferred(logger, interaction.Id, interaction.Data?.Name);
        if (!await SendCallbackAsync(interaction, deferral, cancellationToken))
            return;

        if (await handling is not { } late)
            return;
        if (late.Type is not (InteractionCallbackType.ChannelMessageWithSource or InteractionCallbackType.UpdateMessage) || late.Data is null)
        {
            LogUnusableLateResponse(logger, interaction.Id, (int)late.Type);
            return;
        }
        var message = InteractionMessage.FromCallbackData(late.Data)!;
        var edit = new WebhookMessageEditRequest
        {
            Content = message.Content, Embeds = message.Embeds, AllowedMentions = message.AllowedMentions, Components = message.Components,
        };
        var edited = await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, edit, cancellationToken);
        if (!edited.IsSuccess)
            LogCallbackFailed(logger, interaction.Id, edited.Error.ToString());
    }

    /// <summary>The handler's response, or null when it failed (logged); completes synchronously when the handler does.</summary>
    private ValueTask<InteractionResponse?> InvokeAsync(IInteractionHandler handler, Interaction interaction, CancellationToken cancellationToken)
    {
        ValueTask<InteractionResponse> handling;
        try
        {
            handling = handler.HandleAsync(interaction, cancellationToken);
        }
        catch (Exception ex) when (IsHandlerFailure(ex, cancellationToken))
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name);
            return ValueTask.FromResult<InteractionResponse?>(null);
        }
        return handling.IsCompletedSuccessfully
            ? ValueTask.FromResult<InteractionResponse?>(handling.Result)
            : AwaitHandlerAsync(handling, interaction, cancellationToken);
    }

    private async ValueTask<InteractionResponse?> AwaitHandlerAsync(
        ValueTask<InteractionResponse> handling, Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return await handling;
        }
        catch (Exception ex) when (IsHandlerFailure(ex, cancellationToken))
        {
            LogHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name);
            return null;
        }
    }

    /// <summary>Anything but our own cancellation counts as the handler failing.</summary>
    private static bool IsHandlerFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;

    private async Task<bool> SendCallbackAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        var result = await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
        if (!result.IsSuccess)
            LogCallbackFailed(logger, interaction.Id, result.Error.ToString());
        return result.IsSuccess;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "INTERACTION_CREATE could not be read; left unanswered")]
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
}
