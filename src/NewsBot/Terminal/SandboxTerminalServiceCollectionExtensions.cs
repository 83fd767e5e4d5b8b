using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Terminal;

internal static class SandboxTerminalServiceCollectionExtensions
{
    /// <summary>
    /// Adds the interactive sandbox terminal as a hosted service. Needs a <see cref="Sandbox.SandboxServer"/> in the
    /// container (the in-process sandbox of the no-token run). Call it only when
    /// <see cref="SandboxTerminalService.IsTerminalAttached"/>; without a terminal the bot just runs.
    /// </summary>
    public static IServiceCollection AddSandboxTerminal(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => SandboxTerminalIo.FromConsole());
        services.AddHostedService<SandboxTerminalService>();
        return services;
    }
}
