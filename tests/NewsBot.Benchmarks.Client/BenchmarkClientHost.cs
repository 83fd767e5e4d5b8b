using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Benchmarks.Client;

/// <summary>Our Discord client in a minimal host whose handler answers at once with a small embed.</summary>
public static class BenchmarkClientHost
{
    public const string Token = "benchmark-token";

    /// <summary>The client pointed at a sandbox base such as http://127.0.0.1:PORT/.</summary>
    public static IHost Create(Uri sandboxBase, string token = Token)
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

    /// <summary>Waits until the gateway delivered the guild (the client is ready for interactions).</summary>
    public static Task WaitForGuildAsync(IHost host) => WaitForGuildsAsync(host, 1);

    /// <summary>Waits until the gateway delivered <paramref name="count"/> guilds (on every shard).</summary>
    public static async Task WaitForGuildsAsync(IHost host, int count)
    {
        ArgumentNullException.ThrowIfNull(host);
        var cache = host.Services.GetRequiredService<IDiscordGuildCache>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (cache.GuildIds.Count < count)
            await Task.Delay(10, timeout.Token);
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
