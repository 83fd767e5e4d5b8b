using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Sandbox;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// Runs the <see cref="SandboxTerminal"/> on the console once the bot has connected to the sandbox. <c>:quit</c> stops
/// the application; the end of the input only stops reading (announcements are still printed).
/// </summary>
internal sealed partial class SandboxTerminalService(
    SandboxServer sandbox, SandboxTerminalIo io, IHostApplicationLifetime lifetime, TimeProvider time,
    ILoggerFactory loggers, ILogger<SandboxTerminalService> logger, Func<DemoStreamNotice?>? demoStream = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var wait = io.Options.BotWait;
        var connected = await sandbox.Control.WaitForBotAsync(wait, cancellationToken: stoppingToken);
        if (!connected)
            LogBotNotConnected(wait);
        var options = io.Options with { DemoStream = demoStream?.Invoke() };
        var terminal = new SandboxTerminal(sandbox, io.Input, io.Output, time, loggers.CreateLogger<SandboxTerminal>(), options);
        switch (await terminal.RunAsync(connected, stoppingToken))
        {
            case TerminalExit.Quit:
                lifetime.StopApplication();
                break;
            case TerminalExit.EndOfInput:
                await terminal.WatchAsync(stoppingToken);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot has not connected to the sandbox within {Wait}; the terminal starts anyway")]
    private partial void LogBotNotConnected(TimeSpan wait);
}
