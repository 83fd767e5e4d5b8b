using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Discord;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary>
/// Registers the slash commands once the gateway is READY (the application id comes with it), or without a gateway
/// (HTTP interactions) at start with the id from <c>GET /applications/@me</c>: globally, and in the guilds of
/// <see cref="BotOptions.CommandGuildIds"/>. Runs off the receive loop and, by <see cref="BotOptions.CommandRegistrationDelay"/>,
/// after the first interactions of a start; unchanged sets are not rewritten.
/// </summary>
internal sealed partial class CommandRegistrationService(
    CommandRouter router, CommandRegistrar registrar, IOptions<BotOptions> options, IOptions<DiscordClientOptions> discord, IDiscordRestClient rest,
    TimeProvider time, ILogger<CommandRegistrationService> logger)
    : BackgroundService, IGatewayEventObserver<ReadyEvent>
{
    // The application id and when it became known: the registration delay counts from then, not from when this loop reads it.
    private readonly System.Threading.Channels.Channel<(ulong ApplicationId, long KnownAt)> _ready =
        System.Threading.Channels.Channel.CreateUnbounded<(ulong ApplicationId, long KnownAt)>();
    private readonly HashSet<ulong> _registered = [];
    private readonly TaskCompletionSource _firstDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes after the first registration attempt (tests and the sandbox banner wait for it).</summary>
    public Task FirstRegistration => _firstDone.Task;

    public ValueTask HandleAsync(ReadyEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (gatewayEvent.Application.Id.Value != 0)
            _ready.Writer.TryWrite((gatewayEvent.Application.Id.Value, time.GetTimestamp()));
        return ValueTask.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!discord.Value.ConnectGateway && await ApplicationIdFromRestAsync(stoppingToken) is { } id)
            _ready.Writer.TryWrite((id, time.GetTimestamp()));
        await foreach (var (applicationId, knownAt) in _ready.Reader.ReadAllAsync(stoppingToken))
        {
            if (!options.Value.RegisterCommands || !_registered.Add(applicationId))
            {
                _firstDone.TrySetResult();
                continue;
            }
            var wait = options.Value.CommandRegistrationDelay - time.GetElapsedTime(knownAt);
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, stoppingToken);
            var commands = SlashCommandMapper.ToRequests(router.Definitions);
            var global = await registrar.SyncGlobalAsync(applicationId, commands, stoppingToken);
            if (!global.IsSuccess)
            {
                LogRegistrationFailed(logger, "globally", global.Error.ToString());
                _registered.Remove(applicationId);
            }
            foreach (var guildId in options.Value.CommandGuildIds)
            {
                var guild = await registrar.SyncGuildAsync(applicationId, guildId, commands, stoppingToken);
                if (!guild.IsSuccess)
                    LogRegistrationFailed(logger, $"in guild {guildId}", guild.Error.ToString());
            }
            _firstDone.TrySetResult();
        }
    }

    /// <summary>The application's id over REST, retried with growing pauses (up to a minute) until it comes or the bot stops.</summary>
    private async Task<ulong?> ApplicationIdFromRestAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var application = await rest.GetCurrentApplicationAsync(stoppingToken);
            if (application.IsSuccess)
                return application.Value!.Id.Value;
            var pause = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt)));
            LogApplicationUnknown(logger, application.Error.ToString(), pause.TotalSeconds);
            try
            {
                await Task.Delay(pause, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The application id could not be read (GET /applications/@me: {Error}); the slash commands are registered once it can, next try in {Seconds} s")]
    private static partial void LogApplicationUnknown(ILogger logger, string error, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering the slash commands {Scope} failed: {Error}")]
    private static partial void LogRegistrationFailed(ILogger logger, string scope, string error);
}
