using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace NewsBot.Discord.Rest;

/// <summary>Retries of transient faults (5xx, timeouts, resets) where a retry is safe, entered only after a first failure.</summary>
internal sealed partial class DiscordRestClient
{
    private ResiliencePipeline<HttpResponseMessage> BuildTransientRetry(DiscordClientOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxTransientRetries == 0)
            return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxTransientRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.TransientRetryBaseDelay,
            ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is { } error
                ? IsTransient(error, args.Context.CancellationToken)
                : args.Outcome.Result is { } response && IsTransient(response)),
            OnRetry = args =>
            {
                LogTransientRetry(_logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsTransient(HttpResponseMessage response) => (int)response.StatusCode >= 500;

    /// <summary>
    /// The retries after a transient first outcome: the pipeline is handed that outcome as its own first attempt, so its
    /// backoff and attempt count stay as configured.
    /// </summary>
    private async ValueTask<HttpResponseMessage> RetryTransientAsync(
        DiscordRoute route, byte[]? body, Outcome<HttpResponseMessage> first, CancellationToken cancellationToken)
    {
        var replay = new FirstAttemptReplay(first);
        return await _transientRetry.ExecuteAsync(
            static (state, ct) => state.Replay.TryTake(out var outcome)
                ? outcome.Exception is { } error ? ValueTask.FromException<HttpResponseMessage>(error) : ValueTask.FromResult(outcome.Result!)
                : new ValueTask<HttpResponseMessage>(state.Self.SendOnceAsync(state.Route, state.Body, ct)),
            (Self: this, Route: route, Body: body, Replay: replay), cancellationToken);
    }

    /// <summary>Hands the retry pipeline the attempt already made, once.</summary>
    private sealed class FirstAttemptReplay(Outcome<HttpResponseMessage> first)
    {
        private int _taken;

        public bool TryTake(out Outcome<HttpResponseMessage> outcome)
        {
            outcome = first;
            return Interlocked.Exchange(ref _taken, 1) == 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying a Discord request, attempt {Attempt}, after status {Status} / {Exception}")]
    private static partial void LogTransientRetry(ILogger logger, int attempt, int? status, string? exception);
}
