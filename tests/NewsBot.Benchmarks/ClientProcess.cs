using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Client;

namespace NewsBot.Benchmarks;

/// <summary>
/// Our Discord client alone in a child process (NewsBot.Benchmarks.Client), as a bot runs in production: apart from
/// Discord. The child is the JIT build (<c>dotnet exec</c>) or, given a path, a Native AOT build of it. The parent reads
/// the child's own CPU time, allocations, GC pauses and working set over stdin/stdout, so the client's share of each
/// interaction is measured without the sandbox's or the load generator's.
/// </summary>
internal sealed class ClientProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ClientProcess(Process process) => _process = process;

    /// <summary>Starts the child against the sandbox at <paramref name="sandboxBase"/> and waits until it has <paramref name="guilds"/> guilds.</summary>
    public static async Task<ClientProcess> StartAsync(Uri sandboxBase, string? nativeClient, int guilds = 1)
    {
        var jitClient = Path.Combine(AppContext.BaseDirectory, "NewsBot.Benchmarks.Client.dll");
        var info = nativeClient is null
            ? new ProcessStartInfo("dotnet", ["exec", jitClient, sandboxBase.ToString(), guilds.ToString(CultureInfo.InvariantCulture)])
            : new ProcessStartInfo(nativeClient, [sandboxBase.ToString(), guilds.ToString(CultureInfo.InvariantCulture)]);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var child = new ClientProcess(process);
        if (await process.StandardOutput.ReadLineAsync() != "ready")
            throw new InvalidOperationException("the client process did not become ready");
        return child;
    }

    /// <summary>The child's figures now (cumulative since it started, except working set and heap).</summary>
    public async Task<ProcessFigures> ReadFiguresAsync(bool collectFirst = false)
    {
        await _process.StandardInput.WriteLineAsync(collectFirst ? "collect" : "figures");
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the client process ended");
        return ProcessFigures.Parse(line);
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
}
