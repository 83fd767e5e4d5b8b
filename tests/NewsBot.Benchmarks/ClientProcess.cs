using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>
/// Our Discord client alone in a child process (<c>--client BASE</c>), as a bot runs in production: apart from Discord.
/// The parent reads the child's own CPU time, allocations, GC pauses and working set over stdin/stdout, so the
/// client's share of each interaction is measured without the sandbox's or the load generator's.
/// </summary>
internal sealed class ClientProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ClientProcess(Process process) => _process = process;

    /// <summary>Starts the child against the sandbox at <paramref name="sandboxBase"/> and waits until it has the guild.</summary>
    public static async Task<ClientProcess> StartAsync(Uri sandboxBase, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet", ["exec", typeof(ClientProcess).Assembly.Location, "--client", sandboxBase.ToString()])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var child = new ClientProcess(process);
        if (await child.ReadLineAsync() != "ready")
            throw new InvalidOperationException("the client process did not become ready");
        return child;
    }

    /// <summary>The child's figures now (cumulative since it started, except the working set).</summary>
    public async Task<ClientFigures> ReadFiguresAsync(bool collectFirst = false)
    {
        await _process.StandardInput.WriteLineAsync(collectFirst ? "collect" : "figures");
        await _process.StandardInput.FlushAsync();
        var line = await ReadLineAsync() ?? throw new InvalidOperationException("the client process ended");
        return ClientFigures.Parse(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
    }

    private Task<string?> ReadLineAsync() => _process.StandardOutput.ReadLineAsync();

    /// <summary>The child side: run the client, answer figure requests until "quit".</summary>
    public static async Task<int> RunChildAsync(Uri sandboxBase)
    {
        using var host = DiscordRoundTripHarness.CreateClientHost(sandboxBase);
        await host.StartAsync();
        await DiscordRoundTripHarness.WaitForGuildAsync(host);
        Console.WriteLine("ready");
        while (Console.ReadLine() is { } command && command != "quit")
        {
            if (command == "collect")
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            Console.WriteLine(ClientFigures.OfThisProcess().Format());
        }
        await host.StopAsync();
        return 0;
    }
}

/// <summary>One reading of a process: CPU time, bytes allocated, GC pause time and count, working set, managed heap.</summary>
internal readonly record struct ClientFigures(TimeSpan Cpu, long Allocated, TimeSpan GcPause, int Collections, long WorkingSet, long Heap)
{
    public static ClientFigures OfThisProcess()
    {
        using var self = Process.GetCurrentProcess();
        return new ClientFigures(self.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(),
            GC.CollectionCount(0), self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Cpu.Ticks} {Allocated} {GcPause.Ticks} {Collections} {WorkingSet} {Heap}");

    public static ClientFigures Parse(string line)
    {
        var parts = line.Split(' ').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new ClientFigures(new TimeSpan(parts[0]), parts[1], new TimeSpan(parts[2]), (int)parts[3], parts[4], parts[5]);
    }

    public static ClientFigures operator -(ClientFigures after, ClientFigures before) => new(
        after.Cpu - before.Cpu, after.Allocated - before.Allocated, after.GcPause - before.GcPause,
        after.Collections - before.Collections, after.WorkingSet, after.Heap);
}
