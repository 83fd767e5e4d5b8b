using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>CHANNEL_CREATE.</summary>
public sealed record ChannelCreateEvent(Channel Channel) : GatewayEvent
{
    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}

/// <summary>CHANNEL_UPDATE: the whole channel as it is now, overwrites included.</summary>
public sealed record ChannelUpdateEvent(Channel Channel) : GatewayEvent
{
    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}

/// <summary>CHANNEL_DELETE.</summary>
public sealed record ChannelDeleteEvent(Channel Channel) : GatewayEvent
{
    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}
