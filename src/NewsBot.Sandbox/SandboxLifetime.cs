namespace NewsBot.Sandbox;

/// <summary>
/// Replaces the console lifetime: the sandbox runs inside other processes (the bot, tests) and must not take over
/// their Ctrl+C or SIGTERM handling. Start and stop come only from <see cref="SandboxServer"/>.
/// </summary>
internal sealed class SandboxLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
