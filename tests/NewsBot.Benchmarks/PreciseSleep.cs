using System.Runtime.InteropServices;

namespace NewsBot.Benchmarks;

/// <summary>
/// Sleeps for sub-millisecond spans on Linux (nanosleep, accurate to about 0.1 ms) so the load pacer neither spins a
/// core nor wakes up to a millisecond late as <see cref="Thread.Sleep(TimeSpan)"/> and timers do.
/// </summary>
internal static partial class PreciseSleep
{
    public static void For(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
            return;
        if (!OperatingSystem.IsLinux())
        {
            Thread.Sleep(span);
            return;
        }
        var request = new TimeSpec { Seconds = (long)span.TotalSeconds, Nanoseconds = span.Ticks % TimeSpan.TicksPerSecond * 100 };
        _ = NanoSleep(in request, IntPtr.Zero);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "nanosleep")]
    private static partial int NanoSleep(in TimeSpec request, IntPtr remaining);
}
