using NewsBot.Benchmarks.Client;

// The child side of the load run: start the client against the sandbox given as the first argument, wait for its
// guilds (the second argument, default 1), print "ready", then answer each "figures" (or "collect": full GC first) line
// on stdin with one ProcessFigures line, until "quit".
if (args.Length is not (1 or 2))
{
    await Console.Error.WriteLineAsync("usage: NewsBot.Benchmarks.Client http://127.0.0.1:PORT/ [GUILDS]");
    return 2;
}
var sandboxBase = args[0];
var guilds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
using var host = BenchmarkClientHost.Create(new Uri(sandboxBase));
await host.StartAsync();
await BenchmarkClientHost.WaitForGuildsAsync(host, guilds);
Console.WriteLine("ready");
while (Console.ReadLine() is { } command && command != "quit")
{
    if (command == "collect")
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
    Console.WriteLine(ProcessFigures.OfThisProcess().Format());
}
await host.StopAsync();
return 0;
