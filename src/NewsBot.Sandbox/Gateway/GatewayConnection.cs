using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Sandbox.Gateway;

/// <summary>One WebSocket to a bot; sends are serialized.</summary>
/// <remarks>
/// The send lock is deliberately never disposed: a server shutdown may close a connection while its
/// receive loop is ending, and a SemaphoreSlim that never hands out its wait handle needs no disposal.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "See remarks: the lock needs no disposal.")]
internal sealed class GatewayConnection(WebSocket socket)
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
}
