using System.Diagnostics;

namespace NewsBot.EndToEnd.Tests.Chaos;

/// <summary>
/// The real bot (<c>dotnet exec NewsBot.dll</c>, the build beside the tests) as an operating-system process with its
/// settings in environment variables: started, killed with SIGKILL, started again. Keeps the last lines it wrote, so a
/// failing run can show what each process said.
/// </summary>
internal sealed class BotProcess(string name, string workingDirectory, IReadOnlyDictionary<string, string> settings) : IDisposable
{
    private const int KeptLines = 40;
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();
    private Process? _process;

    public string Name { get; } = name;

    public int Starts { get; private set; }

    public int Kills { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    // Disposed processes are dropped (Process.HasExited throws once disposed), so Dispose may run twice.

    public void Start()
    {
        if (IsRunning)
            throw new InvalidOperationException($"{Name} is already running.");
        _process?.Dispose();
        var info = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "NewsBot.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Starts++;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a machine or container dies.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
            return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Kills++;
        Keep($"--- killed (SIGKILL) ---");
    }

    public string Tail()
    {
        lock (_gate)
            return $"{Name} (started {Starts}×, killed {Kills}×, running: {IsRunning}):\n  " + string.Join("\n  ", _tail);
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_gate)
        {
            _tail.Enqueue(line);
            while (_tail.Count > KeptLines)
                _tail.Dequeue();
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }
}
