using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>
/// Hands each dispatch to its observers: the typed event to <see cref="IGatewayEventObserver{TEvent}"/>s of its type, then the
/// raw dispatch to every <see cref="IGatewayDispatchObserver"/>. A failing observer is logged and the others still run.
/// </summary>
internal sealed partial class GatewayEventObservers(
    IServiceProvider services, IEnumerable<IGatewayDispatchObserver> dispatchObservers, ILogger<GatewayEventObservers> logger)
{
    private readonly IGatewayDispatchObserver[] _dispatchObservers = [.. dispatchObservers];

    public async ValueTask NotifyAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        if (dispatch.Event is { } typed)
            await typed.NotifyAsync(this, cancellationToken);
        foreach (var observer in _dispatchObservers)
        {
            try
            {
                await observer.HandleAsync(dispatch, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(logger, ex, observer.GetType().Name, dispatch.Name);
            }
        }
    }

    /// <summary>
    /// Resolved per event rather than held: events other than interactions are rare, and observers of every type would
    /// otherwise need resolving up front.
    /// </summary>
    internal async ValueTask NotifyAsync<TEvent>(TEvent gatewayEvent, CancellationToken cancellationToken)
        where TEvent : GatewayEvent
    {
        foreach (var observer in services.GetServices<IGatewayEventObserver<TEvent>>())
        {
            try
            {
                await observer.HandleAsync(gatewayEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogObserverFailed(logger, ex, observer.GetType().Name, typeof(TEvent).Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gateway observer {Observer} failed on {EventName}")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer, string eventName);
}
