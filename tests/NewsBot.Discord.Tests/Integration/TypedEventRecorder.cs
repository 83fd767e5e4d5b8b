using System.Collections.Concurrent;
using NewsBot.Discord.Gateway.Events;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Keeps the typed READY, GUILD_CREATE and THREAD_CREATE events the client handed to its observers.</summary>
internal sealed class TypedEventRecorder : IGatewayEventObserver<ReadyEvent>, IGatewayEventObserver<GuildCreateEvent>,
    IGatewayEventObserver<ThreadCreateEvent>
{
    public ConcurrentQueue<GatewayEvent> Received { get; } = new();

    public ValueTask HandleAsync(ReadyEvent gatewayEvent, CancellationToken cancellationToken) => Record(gatewayEvent);

    public ValueTask HandleAsync(GuildCreateEvent gatewayEvent, CancellationToken cancellationToken) => Record(gatewayEvent);

    public ValueTask HandleAsync(ThreadCreateEvent gatewayEvent, CancellationToken cancellationToken) => Record(gatewayEvent);

    private ValueTask Record(GatewayEvent gatewayEvent)
    {
        Received.Enqueue(gatewayEvent);
        return ValueTask.CompletedTask;
    }
}
