using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway.Events;

/// <summary>THREAD_CREATE: a thread was created (or the bot was added to a private one).</summary>
public sealed record ThreadCreateEvent(Channel Thread) : GatewayEvent
{
    internal override ValueTask NotifyAsync(GatewayEventObservers observers, CancellationToken cancellationToken) =>
        observers.NotifyAsync(this, cancellationToken);
}
