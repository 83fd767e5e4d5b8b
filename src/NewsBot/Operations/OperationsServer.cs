using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Startup;
using OpenTelemetry.Metrics;

namespace NewsBot.Operations;

/// <summary>
/// The operator's port (<c>Operations:ListenUrl</c>): <c>/healthz</c> answers while the process runs, <c>/readyz</c> runs
/// the checks tagged <see cref="HealthTags.Ready"/> (gateway sessions, database), <c>/metrics</c> is OpenTelemetry's
/// Prometheus scraping endpoint. Its own small Kestrel app beside the bot's generic host, started before the bot
/// connects (as a start-up check, so a port that cannot be bound is a start error naming the setting, exit code 2).
/// </summary>
internal sealed partial class OperationsServer(
    IOptions<OperationsOptions> options, HealthCheckService health, IServiceProvider services, ILoggerFactory loggerFactory)
    : IHostedService, IStartupCheck, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<OperationsServer>();
    private WebApplication? _app;

    /// <summary>Where the port answers (e.g. http://127.0.0.1:9090/), once started; null when it is off.</summary>
    public Uri? Address { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ListenUrl))
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_app is null)
                await StartServerAsync(options.Value.ListenUrl, cancellationToken);
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
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task StartServerAsync(string listenUrl, CancellationToken cancellationToken)
    {
        if (!OperationsOptionsValidator.TryParse(listenUrl, out var endpoint))
            throw new InvalidSettingException($"{OperationsOptions.Section}:{nameof(OperationsOptions.ListenUrl)}", listenUrl, "an http URL such as http://127.0.0.1:9090");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(OperationsServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Quiet: no line per scrape, and a port that cannot be bound is reported once, as a setting, not as Kestrel's
        // critical log with a stack trace. Nor does the web host handle Ctrl+C: the bot's host starts and stops it.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(endpoint));
        var app = builder.Build();
        app.UseRouting();
        app.MapGet("/healthz", context => HealthResponses.WriteAsync(context, health, static _ => false));
        app.MapGet("/readyz", context => HealthResponses.WriteAsync(context, health, static check => check.Tags.Contains(HealthTags.Ready)));
        if (services.GetService<MeterProvider>() is { } meterProvider)
            app.MapPrometheusScrapingEndpoint("/metrics", meterProvider, configureBranchedPipeline: null, optionsName: null);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new InvalidSettingException(
                $"{OperationsOptions.Section}:{nameof(OperationsOptions.ListenUrl)}", listenUrl,
                $"an address and port NewsBot can listen on (binding failed: {ex.Message.Trim().TrimEnd('.')})", ex);
        }
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(new Uri(bound), "/");
        LogListening(_logger, Address);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health and metrics at {Address} (/healthz, /readyz, /metrics)")]
    private static partial void LogListening(ILogger logger, Uri address);

    /// <summary>Start and stop come from the bot's host, never from the web host's own Ctrl+C handling.</summary>
    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
