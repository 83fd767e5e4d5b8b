namespace NewsBot.Discord.Gateway.Events;

/// <summary>
/// Observes one kind of gateway event, e.g. <c>IGatewayEventObserver&lt;ReadyEvent&gt;</c>. Register it as a singleton.
/// It runs on the shard's receive loop after the guild cache applied the event: keep it quick and hand longer work off.
/// </summary>
public interface IGatewayEventObserver<in TEvent>
    where TEvent : GatewayEvent
{
    ValueTask HandleAsync(TEvent gatewayEvent, CancellationToken cancellationToken);
}
