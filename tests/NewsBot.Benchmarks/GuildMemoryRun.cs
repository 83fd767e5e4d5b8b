using System.Globalization;
using NewsBot.Sandbox;

namespace NewsBot.Benchmarks;

/// <summary>
/// <c>--guild-memory [--servers N] [--aot-client PATH]</c>: what each connected server costs the client's memory. The
/// client runs in its own process (<see cref="ClientProcess"/>) against a sandbox whose servers are shaped like its
/// default one (5 roles, 3 channels, the bot's member); its managed heap after a full, compacting collection is read
/// once with 1 server and once with N + 1, and the difference is divided by N. The sandbox recommends one shard per
/// 2,500 servers, as Discord requires, and the client follows it.
/// </summary>
internal static class GuildMemoryRun
{
    private const int ServersPerShard = 2500;

    public static async Task<int> RunAsync(string[] args)
    {
        var servers = ArgParsing.Int(args, "--servers", 10_000);
        var nativeClient = ArgParsing.String(args, "--aot-client");
        var one = await HeapWithAsync(1, nativeClient);
        var many = await HeapWithAsync(servers + 1, nativeClient);
        var perServer = (many.Heap - one.Heap) / (double)servers;
        Console.WriteLine(nativeClient is null ? "client: JIT (dotnet exec)" : $"client: Native AOT ({nativeClient})");
        Console.WriteLine($"managed heap with 1 server: {Mb(one.Heap)} MB; with {servers + 1:N0}: {Mb(many.Heap)} MB " +
                          $"(working set {Mb(one.WorkingSet)} → {Mb(many.WorkingSet)} MB)");
        Console.WriteLine($"per connected server: {(perServer / 1024).ToString("0.00", CultureInfo.InvariantCulture)} KB of managed heap " +
                          $"({((many.WorkingSet - one.WorkingSet) / (double)servers / 1024).ToString("0.00", CultureInfo.InvariantCulture)} KB of working set)");
        return 0;
    }

    private static async Task<Client.ProcessFigures> HeapWithAsync(int servers, string? nativeClient)
    {
        await using var sandbox = new SandboxServer(new SandboxOptions
        {
            ExpectedToken = DiscordRoundTripHarness.Token,
            RecommendedShards = (servers + ServersPerShard - 1) / ServersPerShard,
            IdentifyInterval = TimeSpan.Zero,
        });
        while (sandbox.Control.World.Guilds.Count < servers)
            sandbox.Control.World.AddGuild($"Server {sandbox.Control.World.Guilds.Count + 1}");
        await sandbox.StartAsync();
        await using var client = await ClientProcess.StartAsync(sandbox.BaseUri, nativeClient, servers);
        return await client.ReadFiguresAsync(collectFirst: true);
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
}
