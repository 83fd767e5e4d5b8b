using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.NoToken.Terminal;

internal static class SandboxTerminalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the interactive sandbox terminal as a hosted service. Needs a <see cref="NewsBot.Sandbox.SandboxServer"/> in the
    /// container (the in-process sandbox of the no-token run). The no-token experience adds it only when a person is at the terminal
    /// (<see cref="NoTokenServiceCollectionExtensions.TerminalAttached"/>).
    /// </summary>
    public static IServiceCollection AddSandboxTerminal(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => SandboxTerminalIo.FromConsole());
        services.AddHostedService<SandboxTerminalService>();
        return services;
    }
}
