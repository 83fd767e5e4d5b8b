namespace NewsBot.Discord.Gateway;

/// <summary>The seam under a gateway session: one WebSocket-like connection carrying whole JSON messages.</summary>
public interface IGatewayTransport : IAsyncDisposable
{
    ValueTask ConnectAsync(Uri endpoint, CancellationToken cancellationToken);

    ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>
    /// The next complete message, or a close (with Discord's close code when there is one). The message memory may be
    /// reused by the next receive: read it before receiving again.
    /// </summary>
    ValueTask<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes from our side. 1000/1001 end the session; any other code keeps it resumable.</summary>
    ValueTask CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);
}

/// <summary>Creates a fresh transport per connection attempt.</summary>
public interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
