using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Hosting;
using NewsBot.Startup;

namespace NewsBot.HttpInteractions;

/// <summary>
/// The interactions endpoint (<c>Interactions:ListenUrl</c> + <c>Interactions:Path</c>) in Http and Both mode: a small
/// Kestrel app of its own (<see cref="EmbeddedWebApp"/>) that hands each POST to the <see cref="HttpInteractionReceiver"/>
/// and writes back its answer. Started as a start-up check, so a port that cannot be bound is a start error naming the
/// setting (exit code 2).
/// </summary>
internal sealed partial class HttpInteractionsServer(
    IOptions<InteractionsOptions> options, IServiceProvider services, ILoggerFactory loggerFactory)
    : IHostedService, IStartupCheck, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<HttpInteractionsServer>();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EmbeddedWebApp? _app;

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
        var receiver = services.GetRequiredService<HttpInteractionReceiver>();
        _app = await EmbeddedWebApp.StartAsync(
            $"{InteractionsOptions.Section}:{nameof(InteractionsOptions.ListenUrl)}", settings.ListenUrl ?? "", "http://127.0.0.1:8080",
            static kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = HttpInteractionReceiver.MaxBodyBytes;
            },
            app => app.MapPost(settings.Path, context => InteractionEndpoint.HandleAsync(context, receiver)), cancellationToken);
        EndpointUrl = new Uri(_app.Address, settings.Path);
        _listening.TrySetResult(EndpointUrl);
        LogListening(_logger, EndpointUrl);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions endpoint at {Url} (Discord's Interactions Endpoint URL is its public https address)")]
    private static partial void LogListening(ILogger logger, Uri url);
}
