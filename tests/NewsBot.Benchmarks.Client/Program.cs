using NewsBot.Benchmarks.Client;

// The child side of the load run: start the client against the sandbox given as the only argument, print "ready",
// then answer each "figures" (or "collect": full GC first) line on stdin with one ProcessFigures line, until "quit".
if (args is not [var sandboxBase])
{
    await Console.Error.WriteLineAsync("usage: NewsBot.Benchmarks.Client http://127.0.0.1:PORT/");
    return 2;
}
using var host = BenchmarkClientHost.Create(new Uri(sandboxBase));
await host.StartAsync();
await BenchmarkClientHost.WaitForGuildAsync(host);
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
