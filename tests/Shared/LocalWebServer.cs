using System.Text;

namespace NewsBot.Testing;

/// <summary>
/// Serves fixed pages over HTTP/1.1 on 127.0.0.1 with real sockets: each path answers with its content type and bytes
/// (the content type "redirect" answers 302 with the body as Location), any other path 404. Counts the requests.
/// The page table may be changed between requests (a feed that gains an item).
/// </summary>
internal sealed class LocalWebServer : IAsyncDisposable
{
    private readonly Dictionary<string, (string ContentType, byte[] Body)> _pages;
    private readonly RawHttpServer _server;
    private int _requests;

    public LocalWebServer(Dictionary<string, (string ContentType, byte[] Body)> pages)
    {
        _pages = pages;
        _server = new RawHttpServer(AnswerAsync);
    }

    /// <summary>Starts serving <paramref name="pages"/> (path → content type and bytes) on a free port.</summary>
    public static LocalWebServer Start(Dictionary<string, (string ContentType, byte[] Body)> pages) => new(pages);

    public int Requests => Volatile.Read(ref _requests);

    public Uri Url(string path) => _server.Url(path);

    private async Task AnswerAsync(string path, System.Net.Sockets.NetworkStream stream, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var (status, type, body) = _pages.TryGetValue(path, out var page)
            ? ("200 OK", page.ContentType, page.Body)
            : ("404 Not Found", "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><body><h1>Not found</h1></body></html>"));
        var head = type == "redirect"
            ? $"HTTP/1.1 302 Found\r\nLocation: {Encoding.UTF8.GetString(body)}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            : $"HTTP/1.1 {status}\r\nContent-Type: {type}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        if (type != "redirect")
            await stream.WriteAsync(body, cancellationToken);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
