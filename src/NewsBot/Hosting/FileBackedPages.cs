using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsBot.Hosting;

/// <summary>
/// The resident pages of the process's read-only file mappings — the executable's code and data, the libraries' — taken
/// out of its resident set: start-up touches most of a Native AOT executable once, and the pages stay resident although
/// an idle bot runs a small part of them. A mapping that holds only the file's own pages is unmapped from the process
/// (<c>MADV_DONTNEED</c>): the pages stay in the kernel's page cache, so one needed again comes back with a minor fault and
/// no disk read, and the pages of libraries other processes map too (ICU, OpenSSL, libc) leave this process's resident
/// set as well. A read-only mapping with pages of its own (relocated data, made read-only after loading) would lose them
/// that way, so it is only advised out (Linux's <c>MADV_PAGEOUT</c>, 5.4 and later), which the kernel does for clean
/// pages alone. Elsewhere, or where the kernel refuses the advice, nothing happens.
/// </summary>
internal static partial class FileBackedPages
{
    private const int DontNeed = 4;
    private const int PageOut = 21;

    /// <summary>Releases every read-only file mapping's pages; returns the bytes the advice covered.</summary>
    public static long Release()
    {
        if (!OperatingSystem.IsLinux())
            return 0;
        long advised = 0;
        foreach (var mapping in ReadOnlyFileMappings(File.ReadLines("/proc/self/smaps")))
        {
            var advice = mapping.HasOwnPages ? PageOut : DontNeed;
            if (Advise((nint)mapping.Start, (nuint)(mapping.End - mapping.Start), advice) == 0)
                advised += (long)(mapping.End - mapping.Start);
        }
        return advised;
    }

    /// <summary>A read-only mapping of a file; <paramref name="HasOwnPages"/>: it holds pages that are not the file's (copies written before it became read-only).</summary>
    internal readonly record struct Mapping(ulong Start, ulong End, string Path, bool HasOwnPages);

    /// <summary>The read-only mappings of regular files in the lines of <c>/proc/PID/smaps</c> (not of memfd or deleted files).</summary>
    internal static List<Mapping> ReadOnlyFileMappings(IEnumerable<string> smaps)
    {
        var mappings = new List<Mapping>();
        Mapping? current = null;
        foreach (var line in smaps)
        {
            // A mapping's header, then one "Key: value kB" line per figure:
            // 55d0c0a3e000-55d0c1b2d000 r-xp 0003d000 103:01 1234    /opt/newsbot/NewsBot
            // Anonymous:             0 kB
            if (IsHeader(line, out var dash))
            {
                Add(current);
                current = Header(line, dash);
            }
            else if (current is { } mapping && line.StartsWith("Anonymous:", StringComparison.Ordinal))
            {
                var kilobytes = line.AsSpan("Anonymous:".Length).Trim().TrimEnd("kB").Trim();
                current = mapping with { HasOwnPages = !kilobytes.SequenceEqual("0") };
            }
        }
        Add(current);
        return mappings;

        void Add(Mapping? mapping)
        {
            if (mapping is { } m)
                mappings.Add(m);
        }
    }

    /// <summary>A mapping's header starts with its address range in hexadecimal ("start-end "); figure lines with a name.</summary>
    internal static bool IsHeader(string line, out int dash)
    {
        dash = line.IndexOf('-', StringComparison.Ordinal);
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return dash > 0 && space > dash + 1 && !line.AsSpan(0, dash).ContainsAnyExcept(HexDigits)
            && !line.AsSpan(dash + 1, space - dash - 1).ContainsAnyExcept(HexDigits);
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static Mapping? Header(string line, int dash)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        var path = fields.Length == 6 ? fields[5].Trim() : "";
        if (fields.Length < 6 || fields[1].Contains('w', StringComparison.Ordinal) || !path.StartsWith('/')
            || path.StartsWith("/memfd:", StringComparison.Ordinal) || path.EndsWith("(deleted)", StringComparison.Ordinal))
            return null;
        var start = ulong.Parse(line.AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var end = ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        // Until its Anonymous line says otherwise, a mapping counts as holding pages of its own: never discard what is unknown.
        return new Mapping(start, end, path, HasOwnPages: true);
    }

    // Bound when the Native AOT executable is linked (DirectPInvoke in NewsBot.csproj); the JIT build finds libc at run time.
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Advise(nint address, nuint length, int advice);
}
