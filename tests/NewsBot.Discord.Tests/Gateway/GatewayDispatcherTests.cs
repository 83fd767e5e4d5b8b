using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Gateway.Events;
using NewsBot.Discord.Tests.Models;
using NewsBot.Discord.Tests.Rest;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GatewayDispatcherTests : IDisposable
{
    private readonly RestClientFixture _rest = new();
    private readonly DiscordGuildCache _cache = new();
    private readonly ConcurrentQueue<string> _seen = new();
    private readonly ServiceProvider _services;
    private readonly InteractionDispatcher _interactions;
    private readonly GatewayDispatcher _dispatcher;

    public GatewayDispatcherTests()
    {
        var observer = new RecordingObserver(_cache, _seen);
        _services = new ServiceCollection()
            .AddSingleton<IGatewayEventObserver<ReadyEvent>>(new FailingObserver())
            .AddSingleton<IGatewayEventObserver<ReadyEvent>>(observer)
            .AddSingleton<IGatewayEventObserver<GuildCreateEvent>>(observer)
            .AddSingleton<IInteractionHandler>(new QuickHandler())
            .BuildServiceProvider();
        _interactions = new InteractionDispatcher(_services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new DiscordClientOptions()),
            _rest.Time, NullLogger<InteractionDispatcher>.Instance);
        var observers = new GatewayEventObservers(_services, [observer], NullLogger<GatewayEventObservers>.Instance);
        _dispatcher = new GatewayDispatcher(_cache, _interactions, new RestInteractionResponder(_rest.Client), observers);
    }

    public void Dispose()
    {
        _interactions.Dispose();
        _services.Dispose();
    }

    private ValueTask DispatchAsync(string name, string json)
    {
        var data = Encoding.UTF8.GetBytes(json);
        return _dispatcher.HandleAsync(new GatewayDispatch(name, data, 0, GatewayEventReader.Read(name, data)), CancellationToken.None);
    }

    [Fact]
    public async Task Typed_observers_get_their_events_after_the_cache_and_dispatch_observers_get_every_dispatch()
    {
        await DispatchAsync("READY", GatewayEventSamples.Ready);
        await DispatchAsync("GUILD_CREATE", GatewayEventSamples.GuildCreate());
        await DispatchAsync("MESSAGE_CREATE", """{"id":"7","content":"hallo"}""");

        Assert.Equal(
            ["ready: bot 900 known", "dispatch READY", "guild Nachrichten: cached", "dispatch GUILD_CREATE", "dispatch MESSAGE_CREATE"],
            _seen);
    }

    [Fact]
    public async Task Interaction_create_goes_to_the_interaction_dispatcher_and_is_answered_over_rest()
    {
        await DispatchAsync("INTERACTION_CREATE", GatewayPayloadDeserializationTests.InteractionCreate);
        await _interactions.DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("/api/v10/interactions/1200/aW50ZXJhY3Rpb24/callback", Assert.Single(_rest.Http.Requests).Uri.AbsolutePath);
        Assert.Equal(["dispatch INTERACTION_CREATE"], _seen);
    }

    /// <summary>Notes what it saw and what the cache knew at that moment.</summary>
    private sealed class RecordingObserver(DiscordGuildCache cache, ConcurrentQueue<string> seen)
        : IGatewayEventObserver<ReadyEvent>, IGatewayEventObserver<GuildCreateEvent>, IGatewayDispatchObserver
    {
        public ValueTask HandleAsync(ReadyEvent gatewayEvent, CancellationToken cancellationToken)
        {
            seen.Enqueue($"ready: bot {gatewayEvent.User.Id} {(cache.CurrentUserId == gatewayEvent.User.Id ? "known" : "unknown")}");
            return ValueTask.CompletedTask;
        }

        public ValueTask HandleAsync(GuildCreateEvent gatewayEvent, CancellationToken cancellationToken)
        {
            seen.Enqueue($"guild {gatewayEvent.Guild.Name}: {(cache.GetGuild(gatewayEvent.Guild.Id) is null ? "not cached" : "cached")}");
            return ValueTask.CompletedTask;
        }

        public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
        {
            seen.Enqueue($"dispatch {dispatch.Name}");
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Registered first: the observers after it must still run.</summary>
    private sealed class FailingObserver : IGatewayEventObserver<ReadyEvent>
    {
        public ValueTask HandleAsync(ReadyEvent gatewayEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("observer broken");
    }

    private sealed class QuickHandler : IInteractionHandler
    {
        public ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken) =>
            ValueTask.FromResult(InteractionResponse.Message(new InteractionMessage { Content = "Hallo", AllowedMentions = AllowedMentions.None }));
    }
}
