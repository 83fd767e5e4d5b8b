using System.Buffers;
using System.Net.WebSockets;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// <see cref="ClientWebSocket"/> transport: reassembles fragmented frames into one reused buffer (a received
/// message is valid until the next receive); no compression.
/// </summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private readonly ClientWebSocket _socket = new();
    private readonly ArrayBufferWriter<byte> _message = new(16 * 1024);

    public async ValueTask ConnectAsync(Uri endpoint, CancellationToken cancellationToken) =>
        await _socket.ConnectAsync(endpoint, cancellationToken);

    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) =>
        _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async ValueTask<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(_message.GetMemory(8 * 1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                    return GatewayFrame.Closed((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
                _message.Advance(result.Count);
                if (result.EndOfMessage)
                    return GatewayFrame.FromMessage(_message.WrittenMemory);
            }
        }
        catch (WebSocketException ex)
        {
            return GatewayFrame.Closed(null, ex.Message);
        }
    }

    public async ValueTask CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
