using NewsBot.Sandbox;

namespace NewsBot.Hosting.Sandbox;

/// <summary>
/// An interactive front end for the embedded sandbox (the terminal). Registered only when a terminal is attached;
/// it runs once the bot is connected to the sandbox, until the host stops.
/// </summary>
internal interface ISandboxFrontEnd
{
    Task RunAsync(SandboxServer sandbox, CancellationToken cancellationToken);
}
