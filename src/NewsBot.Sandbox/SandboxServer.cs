using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox;

/// <summary>
/// A local Discord-compatible server on 127.0.0.1: REST under /api/v10, the gateway at /gateway and the control
/// API under /_sandbox. Start it with <see cref="StartAsync"/>, point a bot at <see cref="ApiBaseUri"/>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly SandboxState _state;
    private WebApplication? _app;

    public SandboxServer(SandboxOptions? options = null)
    {
        _state = new SandboxState(options ?? new SandboxOptions());
        Control = new SandboxControl(_state);
    }

    public SandboxControl Control { get; }

    public SandboxWorld World => _state.World;

    /// <summary>http://127.0.0.1:PORT/ (valid after start).</summary>
    public Uri BaseUri => _state.BaseUri;

    /// <summary>http://127.0.0.1:PORT/api/v10/ — the REST base a bot uses instead of https://discord.com/api/v10/.</summary>
    public Uri ApiBaseUri => new(_state.BaseUri, "api/v10/");

    /// <summary>ws://127.0.0.1:PORT/gateway (what GET /gateway/bot returns).</summary>
    public Uri GatewayUri => new(_state.GatewayUrl);

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
            throw new InvalidOperationException("The sandbox is already started.");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (!_state.Options.LogRequests)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            // Hosting starts an Activity and a logging scope for every request as soon as its category is enabled at
            // any level; it logs nothing above Information per request, so quiet means off.
            builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        }
        _state.Options.ConfigureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, _state.Options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, SandboxLifetime>();
        var app = builder.Build();
        var gate = new ApiGate(_state);
        // Only the gateway speaks WebSocket; elsewhere the middleware would add a handshake feature to every request.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/gateway", StringComparison.OrdinalIgnoreCase),
            gateway => gateway.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero }));
        app.UseRouting();
        app.Use(gate.InvokeAsync);
        app.Map("/gateway", _state.Gateway.HandleAsync);
        RestEndpoints.Map(app, _state);
        ControlEndpoints.Map(app, Control);
        Attachments.CdnEndpoints.Map(app, _state);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _state.BaseUri = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), "/");
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null)
            return;
        await _state.Gateway.Faults.CloseAllAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _app = null;
        _state.HttpInteractions.Dispose();
    }
}
