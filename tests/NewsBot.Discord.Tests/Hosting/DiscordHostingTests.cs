using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Caching;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Rest;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Hosting;

public sealed class DiscordHostingTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Registers_the_client_services_from_a_configuration_section()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDiscordClient(Config(("Token", "abc"), ("RestBaseUrl", "http://127.0.0.1:1234/api"), ("InteractionDeferAfter", "00:00:01.5")));
        using var host = builder.Build();
        var provider = host.Services;

        var options = provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.InteractionDeferAfter);
        Assert.Equal(1, options.Intents);
        Assert.NotNull(provider.GetRequiredService<IDiscordRestClient>());
        Assert.NotNull(provider.GetRequiredService<IDiscordGuildCache>());
        Assert.NotNull(provider.GetRequiredService<CommandRegistrar>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is DiscordGatewayService);
    }

    [Fact]
    public void Rest_alone_registers_the_rest_client_and_command_registrar_and_nothing_of_the_gateway()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDiscordRest(Config(("Token", "abc"), ("RestBaseUrl", "http://127.0.0.1:1234/api")));
        // Every registered service must resolve: nothing REST needs may hide in the gateway's registrations.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        using var host = builder.Build();
        var provider = host.Services;

        Assert.NotNull(provider.GetRequiredService<IDiscordRestClient>());
        Assert.NotNull(provider.GetRequiredService<CommandRegistrar>());
        Assert.NotNull(provider.GetRequiredService<RestInteractionResponder>());
        Assert.Null(provider.GetService<IDiscordGuildCache>());
        Assert.Null(provider.GetService<InteractionDispatcher>());
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void The_gateway_is_refused_without_the_rest_client_it_runs_on()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDiscordGateway());

        Assert.Contains("AddDiscordRest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_client_resolves_every_service_it_registers()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDiscordRest(o => o.Token = "abc").AddDiscordGateway();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        using var host = builder.Build();

        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is DiscordGatewayService);
        Assert.Same(host.Services.GetRequiredService<DiscordGuildCache>(), host.Services.GetRequiredService<IDiscordGuildCache>());
    }

    [Fact]
    public void Validation_requires_a_token_when_the_gateway_is_on_and_never_echoes_it()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDiscordClient(o => o.Token = "");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);
        Assert.Contains("Discord:Token is required", error.Message, StringComparison.Ordinal);

        var prefixed = new ServiceCollection().AddLogging();
        prefixed.AddDiscordClient(o => o.Token = "Bot very-secret");
        using var prefixedProvider = prefixed.BuildServiceProvider();
        var prefixError = Assert.Throws<OptionsValidationException>(() => prefixedProvider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);
        Assert.DoesNotContain("very-secret", prefixError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_defer_threshold_beyond_discords_three_seconds_is_refused()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDiscordClient(o => { o.Token = "t"; o.InteractionDeferAfter = TimeSpan.FromSeconds(3); });
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);
    }

    [Theory]
    [InlineData("InteractionDeferAfter", "00:00:00.050")]
    [InlineData("RequestTimeout", "00:06:00")]
    [InlineData("TransientRetryBaseDelay", "00:02:00")]
    [InlineData("MaxReconnectDelay", "00:00:00.500")]
    [InlineData("MaxConcurrentInteractions", "0")]
    [InlineData("GlobalRequestsPerSecond", "20000")]
    public void A_setting_out_of_its_range_is_refused_naming_the_setting(string setting, string value)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDiscordClient(Config(("Token", "t"), (setting, value)));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains("must be between", error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingLifetime : IHostApplicationLifetime
    {
        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => Stopped.TrySetResult();
    }

    [Fact]
    public async Task A_fatal_close_stops_the_application_instead_of_retrying()
    {
        var rest = new RestClientFixture();
        rest.Http.Then(HttpStatusCode.OK, """{"url":"wss://gateway.test","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}""");
        var gateway = new ScriptedGateway();
        var options = Options.Create(new DiscordClientOptions { Token = "bad-token" });
        var lifetime = new RecordingLifetime();
        using var interactions = NewInteractionDispatcher(rest, options);
        using var service = NewGatewayService(rest, gateway, interactions, options, lifetime);
        var exitCode = Environment.ExitCode;

        try
        {
            await service.StartAsync(CancellationToken.None);
            var connection = await gateway.NextConnectionAsync();
            connection.Hello();
            await connection.NextSentAsync();
            connection.ServerClose(4004);

            await lifetime.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(4004, service.FatalStop!.CloseCode);
            Assert.Equal(1, gateway.ConnectionCount);
            await service.StopAsync(CancellationToken.None);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    [Fact]
    public async Task A_token_refused_by_get_gateway_bot_is_reported_as_http_401_not_as_a_close_code()
    {
        var rest = new RestClientFixture();
        rest.Http.Then(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");
        var gateway = new ScriptedGateway();
        var options = Options.Create(new DiscordClientOptions { Token = "bad-token" });
        var lifetime = new RecordingLifetime();
        using var interactions = NewInteractionDispatcher(rest, options);
        using var service = NewGatewayService(rest, gateway, interactions, options, lifetime);
        var exitCode = Environment.ExitCode;

        try
        {
            await service.StartAsync(CancellationToken.None);
            await lifetime.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));

            var stop = service.FatalStop!;
            var reported = new GatewayFatalException(stop).Message;
            Assert.Null(stop.CloseCode);
            Assert.Contains("HTTP 401 Unauthorized", reported, StringComparison.Ordinal);
            Assert.DoesNotContain("close code", reported, StringComparison.Ordinal);
            Assert.Equal(0, gateway.ConnectionCount);
            await service.StopAsync(CancellationToken.None);
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }

    private static InteractionDispatcher NewInteractionDispatcher(RestClientFixture rest, IOptions<DiscordClientOptions> options) =>
        new(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), options, rest.Time,
            NullLogger<InteractionDispatcher>.Instance);

    private static DiscordGatewayService NewGatewayService(
        RestClientFixture rest, ScriptedGateway gateway, InteractionDispatcher interactions, IOptions<DiscordClientOptions> options, RecordingLifetime lifetime)
    {
        var dispatcher = new GatewayDispatcher(new DiscordGuildCache(), interactions, new RestInteractionResponder(rest.Client),
            new GatewayEventObservers(new ServiceCollection().BuildServiceProvider(), [], NullLogger<GatewayEventObservers>.Instance));
        return new DiscordGatewayService(rest.Client, gateway, dispatcher, interactions, new IdentifyScheduler(rest.Time), options,
            lifetime, rest.Time, NullLoggerFactory.Instance);
    }
}
