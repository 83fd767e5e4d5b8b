using System.CommandLine.Help;
using System.Runtime.InteropServices;
using NewsBot.Sandbox;

// Standalone sandbox: dotnet run --project src/NewsBot.Sandbox -- [--port N] [--token T] [--heartbeat-ms N] [--verbose] [--interactions-url URL] [--help]
var parsed = SandboxCommandLine.Create().Parse(args);
if (parsed.Action is HelpAction)
    return await parsed.InvokeAsync();
if (parsed.Errors.Count > 0)
{
    await Console.Error.WriteLineAsync(SandboxCommandLine.Describe(parsed.Errors));
    return 2;
}

// A start that fails is reported below as one paragraph; the host's own log of it would add a stack trace.
var options = SandboxCommandLine.Options(parsed, o => o.ConfigureLogging = logging =>
    logging.AddSimpleConsole().AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None));
await using var server = new SandboxServer(options);
try
{
    await server.StartAsync();
}
catch (IOException ex)
{
    await Console.Error.WriteLineAsync(SandboxCommandLine.DescribeListenFailure(options.Port, ex));
    return 2;
}

var guild = server.World.DefaultGuild;
Console.WriteLine($"NewsBot sandbox listening on {server.BaseUri}");
Console.WriteLine($"  REST     {server.ApiBaseUri}");
Console.WriteLine($"  gateway  {server.GatewayUri}");
Console.WriteLine($"  control  {server.BaseUri}_sandbox/world");
Console.WriteLine($"  guild    {guild.Name} ({guild.Id}), #general {guild.Channel("general").Id}, #announcements {guild.Channel("announcements").Id}");
Console.WriteLine($"  interactions public key {server.Control.InteractionsPublicKey} (the bot's Interactions:PublicKey)");
if (SandboxCommandLine.InteractionsUrlOf(parsed) is { } interactionsUrl)
{
    Console.WriteLine(await server.Control.SetInteractionsUrlAsync(interactionsUrl) is { } rejected
        ? $"  interactions over the gateway: the URL was rejected ({rejected}); set it later with PUT {server.BaseUri}_sandbox/interactions-endpoint"
        : $"  interactions over HTTP to {interactionsUrl}");
}
Console.WriteLine("Press Ctrl+C to stop.");
using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}
return 0;
