using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Sandbox.Gateway;

/// <summary>One WebSocket to a bot; sends are serialized.</summary>
internal sealed class GatewayConnection(WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocket Socket { get; } = socket;
    public GatewaySession? Session { get; set; }
    public bool WithholdAcks { get; set; }
    public DateTimeOffset SendWindowStart { get; set; }
    public int SendsInWindow { get; set; }

    public async Task<bool> SendAsync(string json, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (Socket.State != WebSocketState.Open)
                return false;
            await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            Socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort() => Socket.Abort();

    public void Dispose() => _sendLock.Dispose();
}
