using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Operations;
using NewsBot.Startup;

namespace NewsBot.Hosting;

/// <summary>
/// A small Kestrel app of its own beside the bot's generic host (the operator's port, the interactions endpoint): minimal
/// endpoints, quiet (no line per request; a port that cannot be bound is reported once, as the setting, not as Kestrel's
/// critical log with a stack trace), and started and stopped by the bot's host, never by the web host's own Ctrl+C
/// handling.
/// </summary>
internal sealed class EmbeddedWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddedWebApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the app listens, with the port Kestrel bound (e.g. http://127.0.0.1:9090/).</summary>
    public Uri Address { get; }

    /// <summary>
    /// Starts an app listening on <paramref name="listenUrl"/> (an http URL of an IP address or localhost with a port) with
    /// the endpoints <paramref name="map"/> adds. A URL that is not such, or a port that cannot be bound, is an
    /// <see cref="InvalidSettingException"/> naming <paramref name="setting"/>; <paramref name="example"/> is the listen URL
    /// that error shows (e.g. http://127.0.0.1:9090). <paramref name="configureKestrel"/> sets limits beyond the address.
    /// </summary>
    public static async Task<EmbeddedWebApp> StartAsync(
        string setting, string listenUrl, string example, Action<KestrelServerOptions> configureKestrel, Action<WebApplication> map,
        CancellationToken cancellationToken)
    {
        if (!OperationsOptionsValidator.TryParse(listenUrl, out var endpoint))
            throw new InvalidSettingException(setting, listenUrl, $"an http URL such as {example}");
        // The empty builder reads no settings files: the bot's host has read them, and the slim builder's default
        // reload would watch the content root (≈ 75 inotify watches per app) for settings these apps never use.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmbeddedWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(endpoint);
            configureKestrel(kestrel);
        });
        var app = builder.Build();
        app.UseRouting();
        map(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new InvalidSettingException(setting, listenUrl,
                $"an address and port NewsBot can listen on (binding failed: {ex.Message.Trim().TrimEnd('.')})", ex);
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmbeddedWebApp(app, new Uri(new Uri(bound), "/"));
    }

    /// <summary>The app's own services (its configuration, for a test that it watches nothing).</summary>
    internal IServiceProvider Services => _app.Services;

    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Start and stop come from the bot's host, never from the web host's own Ctrl+C handling.</summary>
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
