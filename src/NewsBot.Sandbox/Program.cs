using System.Globalization;
using System.Runtime.InteropServices;
using NewsBot.Sandbox;

// Standalone sandbox: dotnet run --project src/NewsBot.Sandbox -- [--port N] [--token T]
var options = new SandboxOptions { ConfigureLogging = logging => logging.AddSimpleConsole() };
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port":
            options.Port = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--token":
            options.ExpectedToken = args[i + 1];
            break;
        case "--heartbeat-ms":
            options.HeartbeatInterval = TimeSpan.FromMilliseconds(int.Parse(args[i + 1], CultureInfo.InvariantCulture));
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; usage: --port N --token T --heartbeat-ms N");
            return 2;
    }
}
await using var server = new SandboxServer(options);
await server.StartAsync();
var guild = server.World.DefaultGuild;
Console.WriteLine($"NewsBot sandbox listening on {server.BaseUri}");
Console.WriteLine($"  REST     {server.ApiBaseUri}");
Console.WriteLine($"  gateway  {server.GatewayUri}");
Console.WriteLine($"  control  {server.BaseUri}_sandbox/world");
Console.WriteLine($"  guild    {guild.Name} ({guild.Id}), #general {guild.Channel("general").Id}, #announcements {guild.Channel("announcements").Id}");
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
