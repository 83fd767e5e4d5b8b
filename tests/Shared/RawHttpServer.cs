using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsBot.Testing;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that writes exactly the bytes a test wants, so it can lie about
/// Content-Length, stall mid-answer or redirect anywhere — things a well-behaved server framework refuses to do.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, NetworkStream, CancellationToken, Task> respond;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;

    /// <param name="respond">Writes the whole answer for the request path; the connection closes afterwards.</param>
    public RawHttpServer(Func<string, NetworkStream, CancellationToken, Task> respond)
    {
        this.respond = respond;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Completes with the path of each request as it arrives.</summary>
    public TaskCompletionSource<string> FirstRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>A server answering every path with one status, header set and body.</summary>
    public static RawHttpServer Answering(string head, byte[] body) =>
        new(async (_, stream, ct) =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\nConnection: close\r\n\r\n"), ct);
            await stream.WriteAsync(body, ct);
        });

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
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
                var path = await ReadRequestPathAsync(stream, stop.Token);
                FirstRequest.TrySetResult(path);
                await respond(path, stream, stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // The client gave up (size cap, timeout): that is what several tests provoke.
            }
        }
    }

    private static async Task<string> ReadRequestPathAsync(NetworkStream stream, CancellationToken ct)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, ct) == 0)
                throw new IOException("closed before the request ended");
            head.Append((char)buffer[0]);
        }

        return head.ToString().Split(' ')[1];
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }
}
