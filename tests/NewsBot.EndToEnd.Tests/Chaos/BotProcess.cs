using System.Diagnostics;

namespace NewsBot.EndToEnd.Tests.Chaos;

/// <summary>
/// The real bot (<c>dotnet exec NewsBot.dll</c>, the build beside the tests, or a published executable such as the
/// Native AOT build) as an operating-system process with its settings in environment variables: started, killed with
/// SIGKILL, started again. Keeps the last lines it wrote, so a failing run can show what each process said, and lets a
/// test wait for a line.
/// </summary>
internal sealed class BotProcess(string name, string workingDirectory, IReadOnlyDictionary<string, string> settings, string? executable = null)
    : IDisposable
{
    private const int KeptLines = 40;
    private const int MaxLinesSinceStart = 10_000;
    private readonly Queue<string> _tail = new();
    private readonly Lock _gate = new();
    private readonly List<string> _sinceStart = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiting = [];
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
        var info = new ProcessStartInfo(executable ?? "dotnet", executable is null ? ["exec", Path.Combine(AppContext.BaseDirectory, "NewsBot.dll")] : [])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings)
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        lock (_gate)
            _sinceStart.Clear();
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

    /// <summary>The first line since the last start (standard output or error) that <paramref name="match"/> accepts.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan patience)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_sinceStart.Find(line => match(line)) is { } seen)
                return seen;
            _waiting.Add((match, found));
        }
        try
        {
            return await found.Task.WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no such line within {patience.TotalSeconds} s from {Tail()}");
        }
        finally
        {
            lock (_gate)
                _waiting.RemoveAll(w => w.Found == found);
        }
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
            if (_sinceStart.Count < MaxLinesSinceStart)
                _sinceStart.Add(line);
            foreach (var (match, found) in _waiting)
            {
                if (match(line))
                    found.TrySetResult(line);
            }
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
