using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Asks Discord where and how many shards to run, runs this process's shards, and stops the application cleanly
/// (exit code 1) when a shard hits a fatal close such as a bad token or disallowed intents.
/// </summary>
internal sealed partial class DiscordGatewayService(
    IDiscordRestClient rest, IGatewayTransportFactory transports, GatewayDispatcher dispatcher, InteractionDispatcher interactions,
    IdentifyScheduler identifyScheduler, IOptions<DiscordClientOptions> options, IHostApplicationLifetime lifetime,
    TimeProvider time, ILoggerFactory loggerFactory, GatewayShardStates? states = null) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DiscordGatewayService>();

    /// <summary>Set when the gateway stopped for good.</summary>
    public GatewayStopReason? FatalStop { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.ConnectGateway)
            return;
        var info = await DiscoverAsync(stoppingToken);
        if (info is null)
            return;
        identifyScheduler.Configure(info.SessionStartLimit);
        var shardCount = settings.ShardCount ?? Math.Max(1, info.Shards);
        var shardIds = settings.ShardIds ?? [.. Enumerable.Range(0, shardCount)];
        states?.Expect(shardIds);
        LogStarting(_logger, shardIds.Length, shardCount, info.SessionStartLimit.MaxConcurrency, info.SessionStartLimit.Remaining);

        using var allShards = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var gatewayUrl = new Uri(info.Url);
        await Task.WhenAll(shardIds.Select(id => RunShardAsync(
            new GatewaySessionSettings(settings.Token!, settings.Intents, id, shardCount, gatewayUrl, settings.MaxReconnectDelay), allShards)));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await interactions.DrainAsync(cancellationToken);
    }

    private async Task RunShardAsync(GatewaySessionSettings shard, CancellationTokenSource allShards)
    {
        using var session = new GatewaySession(shard, transports, dispatcher, identifyScheduler, time, loggerFactory.CreateLogger<GatewaySession>(), states: states);
        var stop = await session.RunAsync(allShards.Token);
        if (stop.IsFatal)
            StopApplication(stop);
        await allShards.CancelAsync();
    }

    private async Task<GatewayBotInfo?> DiscoverAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            var result = await rest.GetGatewayBotAsync(stoppingToken);
            if (result.IsSuccess)
                return result.Value;
            if (result.Error.Status is { } status and (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                // Nothing was connected, so there is no close code to report: say what Discord answered.
                StopApplication(GatewayStopReason.FatalHttp(status, status == HttpStatusCode.Unauthorized
                    ? "GET /gateway/bot refused the token: the bot token is invalid"
                    : "GET /gateway/bot refused the token: it may not use the gateway"));
                return null;
            }
            var delay = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt)));
            LogDiscoveryFailed(_logger, result.Error.ToString(), delay.TotalSeconds);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        return null;
    }

    private void StopApplication(GatewayStopReason reason)
    {
        FatalStop ??= reason;
        var error = new GatewayFatalException(reason);
        LogFatalStop(_logger, error, reason.Summary);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting {Count} of {ShardCount} gateway shard(s); identify concurrency {MaxConcurrency}, session starts left {Remaining}")]
    private static partial void LogStarting(ILogger logger, int count, int shardCount, int maxConcurrency, int remaining);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Error}); trying again in {Seconds} s")]
    private static partial void LogDiscoveryFailed(ILogger logger, string error, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Stopping the application: the Discord gateway cannot continue ({Reason})")]
    private static partial void LogFatalStop(ILogger logger, Exception exception, string reason);
}
