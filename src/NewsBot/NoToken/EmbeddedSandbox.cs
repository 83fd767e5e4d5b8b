using NewsBot.Sandbox;

namespace NewsBot.NoToken;

/// <summary>
/// The sandbox the bot runs against when it has no Discord token: started on first use (the Discord client's options
/// need its address before any hosted service starts), stopped when the host is disposed.
/// </summary>
internal sealed class EmbeddedSandbox : IAsyncDisposable, IDisposable
{
    private readonly Lock _lock = new();
    private readonly SandboxServer _server;
    private bool _started;

    public EmbeddedSandbox(TimeProvider time) =>
        _server = new SandboxServer(new SandboxOptions { TimeProvider = time });

    /// <summary>The running sandbox (started on first access).</summary>
    public SandboxServer Server
    {
        get
        {
            lock (_lock)
            {
                if (!_started)
                {
                    // Options are resolved synchronously by the host's start-up validation; there is no context to deadlock on.
                    _server.StartAsync().GetAwaiter().GetResult();
                    _started = true;
                }
            }
            return _server;
        }
    }

    /// <summary>The REST base for the Discord client (the client appends <c>/v10</c>).</summary>
    public Uri RestBaseUrl => new(Server.BaseUri, "api");

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    public void Dispose() => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
