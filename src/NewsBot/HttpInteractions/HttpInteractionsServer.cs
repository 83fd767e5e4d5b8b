using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Startup;

namespace NewsBot.HttpInteractions;

/// <summary>
/// The interactions endpoint (<c>Interactions:ListenUrl</c> + <c>Interactions:Path</c>) in Http and Both mode: a small
/// Kestrel app of its own that hands each POST to the <see cref="HttpInteractionReceiver"/> and writes back its answer.
/// Started as a start-up check, so a port that cannot be bound is a start error naming the setting (exit code 2).
/// </summary>
internal sealed partial class HttpInteractionsServer(
    IOptions<InteractionsOptions> options, IServiceProvider services, ILoggerFactory loggerFactory)
    : IHostedService, IStartupCheck, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<HttpInteractionsServer>();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;

    /// <summary>The endpoint's full URL (e.g. http://127.0.0.1:8080/interactions) once it listens; null before.</summary>
    public Uri? EndpointUrl { get; private set; }

    /// <summary>Completes with <see cref="EndpointUrl"/> once the endpoint listens.</summary>
    public Task<Uri> Listening => _listening.Task;

    public Task StartAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == InteractionMode.Gateway)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_app is null)
                await StartServerAsync(options.Value, cancellationToken);
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

    private async Task StartServerAsync(InteractionsOptions settings, CancellationToken cancellationToken)
    {
        const string setting = $"{InteractionsOptions.Section}:{nameof(InteractionsOptions.ListenUrl)}";
        if (!Operations.OperationsOptionsValidator.TryParse(settings.ListenUrl ?? "", out var endpoint))
            throw new InvalidSettingException(setting, settings.ListenUrl ?? "", "an http URL such as http://127.0.0.1:8080");
        var receiver = services.GetRequiredService<HttpInteractionReceiver>();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HttpInteractionsServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Quiet (no line per request), and the bot's host starts and stops it, not the web host's own Ctrl+C handling.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(endpoint);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = HttpInteractionReceiver.MaxBodyBytes;
        });
        var app = builder.Build();
        app.UseRouting();
        app.MapPost(settings.Path, context => InteractionEndpoint.HandleAsync(context, receiver));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new InvalidSettingException(setting, settings.ListenUrl!,
                $"an address and port NewsBot can listen on (binding failed: {ex.Message.Trim().TrimEnd('.')})", ex);
        }
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        EndpointUrl = new Uri(new Uri(bound), settings.Path);
        _listening.TrySetResult(EndpointUrl);
        LogListening(_logger, EndpointUrl);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions endpoint at {Url} (Discord's Interactions Endpoint URL is its public https address)")]
    private static partial void LogListening(ILogger logger, Uri url);

    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
