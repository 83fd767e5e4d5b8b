namespace NewsBot.Discord.Gateway.Events;

/// <summary>
/// A dispatch the client parsed into its own type, once, as it arrived. Observe one kind with
/// <see cref="IGatewayEventObserver{TEvent}"/>; dispatches without a type stay raw (<see cref="GatewayDispatch"/>).
/// Only this assembly defines events: each is read by <see cref="GatewayEventReader"/>.
/// </summary>
public abstract record GatewayEvent
{
    /// <summary>Hands this event to the observers of its own type: typed delivery without reflection (AOT-safe).</summary>
    internal abstract ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken);
}
