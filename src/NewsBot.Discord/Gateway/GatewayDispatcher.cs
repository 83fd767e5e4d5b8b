using Microsoft.Extensions.Logging;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Gateway;

/// <summary>Routes dispatches: the guild cache first, interactions to the dispatcher, then any observers.</summary>
internal sealed partial class GatewayDispatcher(
    DiscordGuildCache cache, InteractionDispatcher interactions, IEnumerable<IGatewayEventObserver> observers,
    ILogger<GatewayDispatcher> logger) : IGatewayDispatchSink
{
    private readonly IGatewayEventObserver[] _observers = [.. observers];

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        cache.Apply(dispatch);
        if (dispatch.Name == "INTERACTION_CREATE")
            interactions.Dispatch(dispatch.Utf8Data);
        foreach (var observer in _observers)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Gateway observer {Observer} failed on {EventName}")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer, string eventName);
}
