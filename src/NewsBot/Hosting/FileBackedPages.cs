using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsBot.Hosting;

/// <summary>
/// The resident pages of the process's read-only file mappings — the executable's code and data, the libraries' — handed
/// back to the kernel (Linux's <c>MADV_PAGEOUT</c>, 5.4 and later): start-up touches most of a Native AOT executable
/// once, and the pages stay resident although an idle bot runs a small part of them. They are clean copies of the file,
/// so nothing is lost; a page needed again is read back on its first use. Pages other processes map too are left alone
/// by the kernel. Elsewhere, or where the kernel refuses the advice, nothing happens.
/// </summary>
internal static partial class FileBackedPages
{
    private const int PageOut = 21;

    /// <summary>Advises every read-only file mapping out; returns the bytes the advice covered.</summary>
    public static long Release()
    {
        if (!OperatingSystem.IsLinux())
            return 0;
        long advised = 0;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // 55d0c0a3e000-55d0c1b2d000 r-xp 0003d000 103:01 1234    /opt/newsbot/NewsBot
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1].Contains('w', StringComparison.Ordinal) || !fields[5].TrimStart().StartsWith('/'))
                continue;
            var range = fields[0].Split('-');
            var start = ulong.Parse(range[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var end = ulong.Parse(range[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (Advise((nint)start, (nuint)(end - start), PageOut) == 0)
                advised += (long)(end - start);
        }
        return advised;
    }

    // Bound when the Native AOT executable is linked (DirectPInvoke in NewsBot.csproj); the JIT build finds libc at run time.
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Advise(nint address, nuint length, int advice);
}
