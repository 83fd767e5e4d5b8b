using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks.Client;

/// <summary>One reading of a process: CPU time, bytes allocated, GC pause time and count, working set, managed heap.</summary>
public readonly record struct ProcessFigures(TimeSpan Cpu, long Allocated, TimeSpan GcPause, int Collections, long WorkingSet, long Heap)
{
    public static ProcessFigures OfThisProcess()
    {
        using var self = Process.GetCurrentProcess();
        return new ProcessFigures(self.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(),
            GC.CollectionCount(0), self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Cpu.Ticks} {Allocated} {GcPause.Ticks} {Collections} {WorkingSet} {Heap}");

    public static ProcessFigures Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split(' ').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new ProcessFigures(new TimeSpan(parts[0]), parts[1], new TimeSpan(parts[2]), (int)parts[3], parts[4], parts[5]);
    }

    /// <summary>What happened between two readings; working set and heap are the later reading's.</summary>
    public static ProcessFigures operator -(ProcessFigures after, ProcessFigures before) => new(
        after.Cpu - before.Cpu, after.Allocated - before.Allocated, after.GcPause - before.GcPause,
        after.Collections - before.Collections, after.WorkingSet, after.Heap);
}
