using System.IO.MemoryMappedFiles;
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
    public void A_host_under_the_JIT_gives_back_the_heaps_spare_memory_but_keeps_the_frameworks_code_pages()
    {
        // Under the JIT the process maps the whole framework: paging it out after quiet spells made every next command
        // fault it back in (the end-to-end tests, many hosts in one process, ran four times slower).
        var builder = NewsBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = "t" });

        Assert.True(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported);
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IdleMemoryRelease));
        Assert.False(IdleMemoryRelease.ReleasesFilePages);
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

    [Fact]
    public void Releasing_file_backed_pages_takes_a_file_mapped_twice_out_of_the_resident_set_too()
    {
        if (!OperatingSystem.IsLinux())
            return;
        // Pages another mapping shares (as the sandbox, or any .NET process, shares ICU and OpenSSL with the bot) are
        // left resident by MADV_PAGEOUT; unmapping them from this process takes them out of its resident set all the same.
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-pages-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, Enumerable.Range(0, 1024 * 1024).Select(i => (byte)i).ToArray());
        try
        {
            using var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            using var first = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            using var second = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            long sum = 0;
            for (var offset = 0; offset < 1024 * 1024; offset += 4096)
                sum += first.ReadByte(offset + 1) + second.ReadByte(offset + 1);
            Assert.True(sum > 0);
            Assert.True(ResidentKbOf(path) >= 2 * 1024, $"{ResidentKbOf(path)} kB resident before");

            FileBackedPages.Release();

            Assert.Equal(0, ResidentKbOf(path));
            Assert.Equal(4097 % 256, first.ReadByte(4097)); // read back as it was
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Only_read_only_mappings_of_files_are_released_and_those_with_pages_of_their_own_only_advised_out()
    {
        string[] smaps =
        [
            "55d0c0a3e000-55d0c1b2d000 r-xp 0003d000 103:01 1234                       /opt/newsbot/NewsBot",
            "Rss:                1024 kB",
            "Anonymous:             0 kB",
            "55d0c1b2d000-55d0c1c00000 r--p 0112c000 103:01 1234                       /opt/newsbot/NewsBot",
            "Anonymous:           840 kB",
            "55d0c1c00000-55d0c1d00000 rw-p 011ff000 103:01 1234                       /opt/newsbot/NewsBot",
            "Anonymous:             0 kB",
            "7f0000000000-7f0000100000 r--p 00000000 00:00 0 ",
            "Anonymous:             0 kB",
            "7f0000100000-7f0000200000 r-xs 00000000 00:01 77                          /memfd:doublemapper (deleted)",
            "Anonymous:             0 kB",
            "7f0000200000-7f0000300000 r--s 00000000 103:01 99                         /usr/share/icu/icudt.dat",
            "Rss:                 512 kB",
            "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]",
            "Anonymous:           132 kB",
        ];

        var mappings = FileBackedPages.ReadOnlyFileMappings(smaps);

        Assert.Equal(
            [
                new FileBackedPages.Mapping(0x55d0c0a3e000, 0x55d0c1b2d000, "/opt/newsbot/NewsBot", HasOwnPages: false),
                new FileBackedPages.Mapping(0x55d0c1b2d000, 0x55d0c1c00000, "/opt/newsbot/NewsBot", HasOwnPages: true),
                // No Anonymous line: not known to hold only the file's pages, so only advised out.
                new FileBackedPages.Mapping(0x7f0000200000, 0x7f0000300000, "/usr/share/icu/icudt.dat", HasOwnPages: true),
            ],
            mappings);
    }

    private static long ResidentKbOf(string path)
    {
        long kilobytes = 0;
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (FileBackedPages.IsHeader(line, out _))
            {
                inside = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries) is { Length: 6 } header && header[5].Trim() == path;
                continue;
            }
            if (inside && line.StartsWith("Rss:", StringComparison.Ordinal))
                kilobytes += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        return kilobytes;
    }

    private static long PrivateCleanKb() =>
        File.ReadLines("/proc/self/smaps_rollup").Where(l => l.StartsWith("Private_Clean:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture))
            .Single();
}
