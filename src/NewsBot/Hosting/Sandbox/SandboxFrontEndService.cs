using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NewsBot.Hosting.Sandbox;

/// <summary>Runs the registered <see cref="ISandboxFrontEnd"/>s (if any) once the bot has connected to the sandbox.</summary>
internal sealed class SandboxFrontEndService(EmbeddedSandbox sandbox, IServiceProvider services) : BackgroundService
{
    /// <summary>A person at a terminal: input not redirected, an interactive session, and not CI.</summary>
    public static bool TerminalAttached() =>
        !Console.IsInputRedirected
        && Environment.UserInteractive
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var frontEnds = services.GetServices<ISandboxFrontEnd>().ToList();
        if (frontEnds.Count == 0)
            return;
        var server = sandbox.Server;
        if (!await server.Control.WaitForBotAsync(TimeSpan.FromMinutes(1), cancellationToken: stoppingToken))
            return;
        await Task.WhenAll(frontEnds.Select(f => f.RunAsync(server, stoppingToken)));
    }
}
