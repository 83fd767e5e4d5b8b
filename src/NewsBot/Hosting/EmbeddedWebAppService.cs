using Microsoft.Extensions.Hosting;
using NewsBot.Startup;

namespace NewsBot.Hosting;

/// <summary>
/// A bot-owned <see cref="EmbeddedWebApp"/> started once — as a start-up check, so a port that cannot be bound is a start
/// error naming the setting, or by the host, whichever comes first — and stopped with the host.
/// </summary>
internal abstract class EmbeddedWebAppService : IHostedService, IStartupCheck, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private EmbeddedWebApp? _app;

    /// <summary>False when the settings leave this app off; it is then never started.</summary>
    protected abstract bool Enabled { get; }

    /// <summary>Starts the app (<see cref="EmbeddedWebApp.StartAsync"/>) and records where it listens.</summary>
    protected abstract Task<EmbeddedWebApp> StartAppAsync(CancellationToken cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _app ??= await StartAppAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
            await app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
            await app.DisposeAsync();
        _app = null;
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
