using NewsBot.Discord.Caching;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Routes a shard's dispatches: the typed event to the guild cache first, INTERACTION_CREATE to the interaction dispatcher
/// (answered over REST, as gateway interactions are), then the observers.
/// </summary>
internal sealed class GatewayDispatcher(
    DiscordGuildCache cache, InteractionDispatcher interactions, RestInteractionResponder responder, GatewayEventObservers observers)
    : IGatewayDispatchSink
{
    public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        if (dispatch.Event is { } gatewayEvent)
            cache.Apply(gatewayEvent);
        else if (dispatch.Name == "INTERACTION_CREATE")
            interactions.Dispatch(dispatch.Utf8Data, responder);
        return observers.NotifyAsync(dispatch, cancellationToken);
    }
}
