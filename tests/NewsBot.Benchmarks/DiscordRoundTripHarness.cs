using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Sandbox;
using NewsBot.Sandbox.Control;

namespace NewsBot.Benchmarks;

/// <summary>
/// Our Discord client in a minimal host, connected over one gateway connection to an in-process sandbox on 127.0.0.1.
/// The handler answers at once with a small embed. Used by <see cref="DiscordRoundTripBenchmarks"/> and the latency run.
/// </summary>
internal sealed class DiscordRoundTripHarness : IAsyncDisposable
{
    public const string Token = "benchmark-token";
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
        var host = CreateClientHost(sandbox.BaseUri);
        await host.StartAsync();
        if (!await sandbox.Control.WaitForBotAsync(TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException("The client did not connect to the sandbox.");
        await WaitForGuildAsync(host);
        return new DiscordRoundTripHarness(sandbox, host);
    }

    /// <summary>The client alone (no handler traffic), pointed at a sandbox base such as http://127.0.0.1:PORT/.</summary>
    public static IHost CreateClientHost(Uri sandboxBase, string token = Token)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddDiscordClient(o =>
        {
            o.Token = token;
            o.RestBaseUrl = new Uri(sandboxBase, "api");
        });
        builder.Services.AddSingleton<IInteractionHandler, ImmediateEmbedHandler>();
        return builder.Build();
    }

    public static async Task WaitForGuildAsync(IHost host)
    {
        var cache = host.Services.GetRequiredService<IDiscordGuildCache>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (cache.GuildIds.Count == 0)
            await Task.Delay(10, timeout.Token);
    }

    public Task<InteractionOutcome> InvokeAsync() => Sandbox.Control.InvokeCommandAsync(new InteractionRequest("summary") { Locale = "en-US" });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Sandbox.DisposeAsync();
    }

    private sealed class ImmediateEmbedHandler : IInteractionHandler
    {
        public ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
            ValueTask.FromResult(InteractionResponse.Message(new InteractionMessage
            {
                AllowedMentions = AllowedMentions.None,
                Embeds = [new Embed { Title = "Wie sicher ist Europa?", Description = "Eine Zusammenfassung in zwei Sätzen.", Color = 0x3498DB }],
            }));
    }
}
