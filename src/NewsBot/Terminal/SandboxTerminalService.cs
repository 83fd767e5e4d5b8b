using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Sandbox;

namespace NewsBot.Terminal;

/// <summary>
/// Runs the <see cref="SandboxTerminal"/> on the console once the bot has connected to the sandbox. <c>:quit</c> stops
/// the application; the end of the input only stops reading (announcements are still printed).
/// </summary>
internal sealed partial class SandboxTerminalService(
    SandboxServer sandbox, IHostApplicationLifetime lifetime, TimeProvider time,
    ILoggerFactory loggers, ILogger<SandboxTerminalService> logger) : BackgroundService
{
    /// <summary>How long to wait for the bot's gateway session before showing the prompt anyway.</summary>
    public static readonly TimeSpan BotWait = TimeSpan.FromSeconds(30);

    /// <summary>True when a person can type: standard input is not redirected (not a service, not CI).</summary>
    public static bool IsTerminalAttached => !Console.IsInputRedirected;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var connected = await sandbox.Control.WaitForBotAsync(BotWait, cancellationToken: stoppingToken);
        if (!connected)
            LogBotNotConnected(BotWait);
        var terminal = new SandboxTerminal(sandbox, Console.In, Console.Out, time, loggers.CreateLogger<SandboxTerminal>(), new SandboxTerminalOptions
        {
            Ansi = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            EchoInput = Console.IsInputRedirected,
        });
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
