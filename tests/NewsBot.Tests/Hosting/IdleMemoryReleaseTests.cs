using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class IdleMemoryReleaseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Unused_memory_is_released_once_when_the_process_goes_quiet_and_again_only_after_a_busy_spell()
    {
        var time = new FakeTimeProvider();
        long allocated = 0;
        var releases = 0;
        // Each tick reads the allocation counter once, after the previous tick's decision: the releases counted at a
        // read are those of the ticks before it.
        var reads = Channel.CreateUnbounded<int>();
        using var service = new IdleMemoryRelease(time, NullLogger<IdleMemoryRelease>.Instance,
            () => { reads.Writer.TryWrite(Volatile.Read(ref releases)); return Interlocked.Read(ref allocated); },
            () => Interlocked.Increment(ref releases));
        await service.StartAsync(CancellationToken.None);
        await reads.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        async Task<int> TickAsync(long allocate)
        {
            Interlocked.Add(ref allocated, allocate);
            time.Advance(IdleMemoryRelease.Interval);
            return await reads.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        }

        Assert.Equal(0, await TickAsync(50_000_000));   // start-up: busy
        Assert.Equal(0, await TickAsync(10_000));       // quiet: releases…
        Assert.Equal(1, await TickAsync(10_000));       // …once, not on every quiet tick
        Assert.Equal(1, await TickAsync(5_000_000));    // a busy spell
        Assert.Equal(1, await TickAsync(0));            // quiet again: releases…
        Assert.Equal(2, await TickAsync(0));
        Assert.Equal(2, await TickAsync(0));
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void A_host_under_the_JIT_does_not_release_idle_memory()
    {
        // Under the JIT the process maps the whole framework: paging it out after quiet spells made every next command
        // fault it back in (the end-to-end tests, many hosts in one process, ran four times slower).
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = "t" });

        Assert.True(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported);
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IdleMemoryRelease));
    }

    [Fact]
    public void Releasing_file_backed_pages_takes_the_private_clean_pages_of_read_only_file_mappings_out_of_the_resident_set()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Equal(0, FileBackedPages.Release());
            return;
        }
        var before = PrivateCleanKb();

        var advised = FileBackedPages.Release();

        var after = PrivateCleanKb();
        Assert.True(advised > 1024 * 1024, $"advised {advised} bytes");
        Assert.True(after < before, $"private clean pages: {before} kB before, {after} kB after");
    }

    private static long PrivateCleanKb() =>
        File.ReadLines("/proc/self/smaps_rollup").Where(l => l.StartsWith("Private_Clean:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture))
            .Single();
}
