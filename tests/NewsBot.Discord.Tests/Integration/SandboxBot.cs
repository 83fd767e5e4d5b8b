using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Support;
using NewsBot.Sandbox;
using NewsBot.Sandbox.World;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>
/// A sandbox on a free 127.0.0.1 port plus a minimal host running our Discord client against it over real sockets,
/// both on one <see cref="TimerClock"/>: heartbeats, timeouts, identify pacing, deadlines and rate-limit windows move
/// only when a test moves the clock to the timer it expects, so no test races a timer on a busy machine.
/// </summary>
internal sealed class SandboxBot : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    public const string Token = "sandbox-bot-token";

    private SandboxBot(
        TimerClock time, SandboxServer sandbox, IHost host, RecordingInteractionHandler handler, DispatchRecorder events, TypedEventRecorder typedEvents, RequestLog requests)
    {
        Time = time;
        TypedEvents = typedEvents;
        Requests = requests;
        Sandbox = sandbox;
        Host = host;
        Handler = handler;
        Events = events;
    }

    public TimerClock Time { get; }
    public SandboxServer Sandbox { get; }
    public IHost Host { get; }
    public RecordingInteractionHandler Handler { get; }
    public DispatchRecorder Events { get; }
    public TypedEventRecorder TypedEvents { get; }
    public RequestLog Requests { get; }

    public SandboxGuild Guild => Sandbox.World.DefaultGuild;
    public IDiscordRestClient Rest => Host.Services.GetRequiredService<IDiscordRestClient>();
    public IDiscordAttachmentDownloader Downloader => Host.Services.GetRequiredService<IDiscordAttachmentDownloader>();
    public IDiscordGuildCache Cache => Host.Services.GetRequiredService<IDiscordGuildCache>();
    public CommandRegistrar Registrar => Host.Services.GetRequiredService<CommandRegistrar>();
    public DiscordGatewayService Gateway => Host.Services.GetServices<IHostedService>().OfType<DiscordGatewayService>().Single();
    public IHostApplicationLifetime Lifetime => Host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>Starts both; with <paramref name="waitForGuild"/> returns once the client has cached the default guild.</summary>
    public static async Task<SandboxBot> StartAsync(
        Action<SandboxOptions>? sandboxOptions = null, Action<DiscordClientOptions>? clientOptions = null, bool waitForGuild = true,
        bool connectGateway = true)
    {
        var time = new TimerClock(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero));
        var options = new SandboxOptions { ExpectedToken = Token, TimeProvider = time };
        sandboxOptions?.Invoke(options);
        var sandbox = new SandboxServer(options);
        await sandbox.StartAsync();

        var handler = new RecordingInteractionHandler();
        var events = new DispatchRecorder();
        var typedEvents = new TypedEventRecorder();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddDiscordClient(o =>
        {
            o.Token = Token;
            o.RestBaseUrl = new Uri(sandbox.BaseUri, "api");
            o.ConnectGateway = connectGateway;
            o.TransientRetryBaseDelay = TimeSpan.FromMilliseconds(50);
            o.MaxReconnectDelay = TimeSpan.FromSeconds(1);
            clientOptions?.Invoke(o);
        });
        var requests = new RequestLog();
        builder.Services.AddHttpClient(DiscordRestClient.HttpClientName).AddHttpMessageHandler(requests.CreateHandler);
        builder.Services.AddSingleton<IInteractionHandler>(handler);
        builder.Services.AddSingleton<IGatewayDispatchObserver>(events);
        builder.Services.AddSingleton<IGatewayEventObserver<ReadyEvent>>(typedEvents);
        builder.Services.AddSingleton<IGatewayEventObserver<GuildCreateEvent>>(typedEvents);
        builder.Services.AddSingleton<IGatewayEventObserver<ThreadCreateEvent>>(typedEvents);
        var host = builder.Build();
        var bot = new SandboxBot(time, sandbox, host, handler, events, typedEvents, requests);
        try
        {
            await host.StartAsync();
            if (connectGateway && waitForGuild)
                await events.WaitForAsync("GUILD_CREATE");
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
        return bot;
    }

    public ulong ChannelId(string name) => Guild.Channel(name).Id;

    /// <summary>Session ids the sandbox knows, with whether each is connected.</summary>
    public IReadOnlyList<(string Id, bool Connected, long Seq)> Sessions() =>
        [.. Sandbox.Control.Sessions().Select(s => ((string)s!["session_id"]!, (bool)s["connected"]!, (long)s["seq"]!))];

    public static int CallbackType(JsonObject? callback) => callback?["type"]?.GetValue<int>() ?? 0;

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(Timeout))
        {
            try
            {
                await Host.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        Host.Dispose();
        await Sandbox.DisposeAsync();
    }
}
