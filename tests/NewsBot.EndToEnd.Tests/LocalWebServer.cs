using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsBot.EndToEnd.Tests;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 for the pages a moderator names: each path answers with its content type and
/// bytes (a content type "redirect" answers 302 with the body as Location), any other path with 404. One request per
/// connection (Connection: close), real sockets.
/// </summary>
internal sealed class LocalWebServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, (string ContentType, byte[] Body)> _pages;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private LocalWebServer(Dictionary<string, (string ContentType, byte[] Body)> pages)
    {
        _pages = pages;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>Starts serving <paramref name="pages"/> (path → content type and bytes) on a free port.</summary>
    public static LocalWebServer Start(Dictionary<string, (string ContentType, byte[] Body)> pages) => new(pages);

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                var path = await ReadPathAsync(stream, _stop.Token);
                var (status, type, body) = _pages.TryGetValue(path, out var page)
                    ? ("200 OK", page.ContentType, page.Body)
                    : ("404 Not Found", "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><body><h1>Not found</h1></body></html>"));
                var head = type == "redirect"
                    ? $"HTTP/1.1 302 Found\r\nLocation: {Encoding.UTF8.GetString(body)}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    : $"HTTP/1.1 {status}\r\nContent-Type: {type}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                if (type == "redirect")
                    body = [];
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The client went away; nothing to answer.
            }
        }
    }

    private static async Task<string> ReadPathAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, cancellationToken) == 0)
                throw new IOException("closed before the request ended");
            head.Append((char)buffer[0]);
        }
        return head.ToString().Split(' ')[1];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
