using Microsoft.Extensions.Hosting;
using NewsBot.Benchmarks.Client;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;

namespace NewsBot.Benchmarks;

/// <summary>
/// Our Discord client in a minimal host, connected over one gateway connection to an in-process sandbox on 127.0.0.1.
/// The handler answers at once with a small embed. Used by <see cref="DiscordRoundTripBenchmarks"/> (one process; the load run puts the client in its own).
/// </summary>
internal sealed class DiscordRoundTripHarness : IAsyncDisposable
{
    public const string Token = BenchmarkClientHost.Token;
    private readonly IHost _host;

    private DiscordRoundTripHarness(SandboxServer sandbox, IHost host)
    {
        Sandbox = sandbox;
        _host = host;
    }

    public SandboxServer Sandbox { get; }

    public static async Task<DiscordRoundTripHarness> StartAsync()
    {
        var sandbox = new SandboxServer(new SandboxOptions { ExpectedToken = Token });
        await sandbox.StartAsync();
        var host = BenchmarkClientHost.Create(sandbox.BaseUri);
        await host.StartAsync();
        if (!await sandbox.Control.WaitForBotAsync(TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException("The client did not connect to the sandbox.");
        await BenchmarkClientHost.WaitForGuildAsync(host);
        return new DiscordRoundTripHarness(sandbox, host);
    }

    public Task<InteractionOutcome> InvokeAsync() => Sandbox.Control.InvokeCommandAsync(new InteractionRequest("summary") { Locale = "en-US" });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Sandbox.DisposeAsync();
    }
}
