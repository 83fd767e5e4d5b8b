using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions.Http;
using NewsBot.Hosting;

namespace NewsBot.HttpInteractions;

/// <summary>
/// The interactions endpoint (<c>Interactions:ListenUrl</c> + <c>Interactions:Path</c>) in Http and Both mode: a small
/// Kestrel app of its own (<see cref="EmbeddedWebApp"/>) that hands each POST to the <see cref="HttpInteractionReceiver"/>
/// and writes back its answer. Started as a start-up check, so a port that cannot be bound is a start error naming the
/// setting (exit code 2).
/// </summary>
internal sealed partial class HttpInteractionsServer(
    IOptions<InteractionsOptions> options, IServiceProvider services, ILoggerFactory loggerFactory)
    : EmbeddedWebAppService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<HttpInteractionsServer>();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The endpoint's full URL (e.g. http://127.0.0.1:8080/interactions) once it listens; null before.</summary>
    public Uri? EndpointUrl { get; private set; }

    /// <summary>Completes with <see cref="EndpointUrl"/> once the endpoint listens.</summary>
    public Task<Uri> Listening => _listening.Task;

    protected override bool Enabled => options.Value.Mode != InteractionMode.Gateway;

    protected override async Task<EmbeddedWebApp> StartAppAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var receiver = services.GetRequiredService<HttpInteractionReceiver>();
        var app = await EmbeddedWebApp.StartAsync(
            $"{InteractionsOptions.Section}:{nameof(InteractionsOptions.ListenUrl)}", settings.ListenUrl ?? "", "http://127.0.0.1:8080",
            static kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = HttpInteractionReceiver.MaxBodyBytes;
            },
            web => web.MapPost(settings.Path, context => InteractionEndpoint.HandleAsync(context, receiver)), cancellationToken);
        EndpointUrl = new Uri(app.Address, settings.Path);
        _listening.TrySetResult(EndpointUrl);
        LogListening(_logger, EndpointUrl);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interactions endpoint at {Url} (Discord's Interactions Endpoint URL is its public https address)")]
    private static partial void LogListening(ILogger logger, Uri url);
}
