using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>The <c>--name value</c> options of the runner's own modes (load, fan-out, guild memory).</summary>
internal static class ArgParsing
{
    public static string? String(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        String(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
