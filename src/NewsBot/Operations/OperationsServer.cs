using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;
using OpenTelemetry.Metrics;

namespace NewsBot.Operations;

/// <summary>
/// The operator's port (<c>Operations:ListenUrl</c>): <c>/healthz</c> answers while the process runs, <c>/readyz</c> runs
/// the checks tagged <see cref="HealthTags.Ready"/> (gateway sessions, database), <c>/metrics</c> is OpenTelemetry's
/// Prometheus scraping endpoint. Its own small Kestrel app (<see cref="EmbeddedWebApp"/>), started before the bot
/// connects (as a start-up check, so a port that cannot be bound is a start error naming the setting, exit code 2).
/// </summary>
internal sealed partial class OperationsServer(
    IOptions<OperationsOptions> options, HealthCheckService health, IServiceProvider services, ILoggerFactory loggerFactory)
    : EmbeddedWebAppService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<OperationsServer>();

    /// <summary>Where the port answers (e.g. http://127.0.0.1:9090/), once started; null when it is off.</summary>
    public Uri? Address { get; private set; }

    protected override bool Enabled => !string.IsNullOrWhiteSpace(options.Value.ListenUrl);

    protected override async Task<EmbeddedWebApp> StartAppAsync(CancellationToken cancellationToken)
    {
        var web = await EmbeddedWebApp.StartAsync(
            $"{OperationsOptions.Section}:{nameof(OperationsOptions.ListenUrl)}", options.Value.ListenUrl!, "http://127.0.0.1:9090", static _ => { }, app =>
            {
                app.MapGet("/healthz", context => HealthResponses.WriteAsync(context, health, static _ => false));
                app.MapGet("/readyz", context => HealthResponses.WriteAsync(context, health, static check => check.Tags.Contains(HealthTags.Ready)));
                if (services.GetService<MeterProvider>() is { } meterProvider)
                    app.MapPrometheusScrapingEndpoint("/metrics", meterProvider, configureBranchedPipeline: null, optionsName: null);
            }, cancellationToken);
        Address = web.Address;
        LogListening(_logger, Address);
        return web;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health and metrics at {Address} (/healthz, /readyz, /metrics)")]
    private static partial void LogListening(ILogger logger, Uri address);
}
