using System.Net.WebSockets;
using System.Text;

namespace NewsBot.Sandbox.Gateway;

/// <summary>One WebSocket to a bot; sends are serialized.</summary>
internal sealed class GatewayConnection(WebSocket socket) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private volatile bool _disposed;

    public WebSocket Socket { get; } = socket;
    public GatewaySession? Session { get; set; }
    public bool WithholdAcks { get; set; }
    public DateTimeOffset SendWindowStart { get; set; }

    private long _lastHeartbeatTicks;

    /// <summary>When the bot last heartbeated (or HELLO went out); the gateway closes a connection silent for too long.</summary>
    public DateTimeOffset LastHeartbeat
    {
        // Ticks, so the watchdog on another thread never reads a torn value.
        get => new(Volatile.Read(ref _lastHeartbeatTicks), TimeSpan.Zero);
        set => Volatile.Write(ref _lastHeartbeatTicks, value.UtcTicks);
    }
    public int SendsInWindow { get; set; }

    /// <summary>Counts a payload from the bot against Discord's send limit per minute; false once it is exceeded.</summary>
    public bool CountSend(DateTimeOffset now, int limitPerMinute)
    {
        if (now - SendWindowStart >= TimeSpan.FromMinutes(1))
        {
            SendWindowStart = now;
            SendsInWindow = 0;
        }
        SendsInWindow++;
        return SendsInWindow <= limitPerMinute;
    }

    public Task<bool> SendAsync(string json, CancellationToken cancellationToken) =>
        SendAsync(Encoding.UTF8.GetBytes(json), cancellationToken);

    public async Task<bool> SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(cancellationToken))
            return false;
        try
        {
            if (Socket.State != WebSocketState.Open)
                return false;
            await Socket.SendAsync(utf8Json, WebSocketMessageType.Text, true, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            Exit();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        if (!await EnterAsync(CancellationToken.None))
            return;
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
            Exit();
        }
    }

    public void Abort() => Socket.Abort();

    public void Dispose()
    {
        _disposed = true;
        _sendLock.Dispose();
    }

    private void Exit()
    {
        try
        {
            _sendLock.Release();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while this send or close was under way: nothing waits any more.
        }
    }

    /// <summary>Takes the send lock; false once the connection is disposed (a fault or shutdown may race its end).</summary>
    private async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
            return false;
        try
        {
            await _sendLock.WaitAsync(cancellationToken);
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }
}
