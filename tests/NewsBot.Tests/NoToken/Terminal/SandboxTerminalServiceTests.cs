using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.NoToken.Terminal;
using NewsBot.Sandbox;
using NewsBot.Texts;

namespace NewsBot.Tests.NoToken.Terminal;

public sealed class SandboxTerminalServiceTests
{
    private static SandboxTerminalService Service(SandboxServer sandbox, TextReader input, TextWriter output, FakeLifetime lifetime) =>
        new(sandbox, new SandboxTerminalIo(input, output, new SandboxTerminalOptions { Language = BotLanguage.English, BotWait = TimeSpan.Zero }),
            lifetime, TimeProvider.System, NullLoggerFactory.Instance, NullLogger<SandboxTerminalService>.Instance);

    [Fact]
    public async Task Quit_stops_the_application()
    {
        await using var sandbox = new SandboxServer();
        var lifetime = new FakeLifetime();
        var service = Service(sandbox, new StringReader(":quit\n"), new StringWriter(), lifetime);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(lifetime.StopRequested);
    }

    [Fact]
    public async Task The_end_of_input_keeps_the_application_running_until_it_is_stopped()
    {
        await using var sandbox = new SandboxServer();
        var lifetime = new FakeLifetime();
        var output = new ObservableWriter();
        var service = Service(sandbox, new StringReader(""), output, lifetime);

        await service.StartAsync(CancellationToken.None);
        await output.WaitForAsync("Input closed; the bot keeps running");

        Assert.False(service.ExecuteTask!.IsCompleted);
        Assert.False(lifetime.StopRequested);
        Assert.Contains("The bot has not connected yet", output.Text, StringComparison.Ordinal);
        await service.StopAsync(CancellationToken.None);
        Assert.True(service.ExecuteTask.IsCompleted);
    }

    [Fact]
    public void Registration_adds_the_hosted_service_with_console_io()
    {
        var services = new ServiceCollection().AddSandboxTerminal();

        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SandboxTerminalService));
        Assert.Contains(services, d => d.ServiceType == typeof(SandboxTerminalIo));
    }

    private sealed class FakeLifetime : IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => StopRequested = true;
    }
}
