using NewsBot.Storage;

namespace NewsBot.Hosting;

/// <summary>What a setting of a given type accepts, in words an operator can act on.</summary>
internal static class SettingExpectations
{
    public const string LogLevel = "one of Trace, Debug, Information, Warning, Error, Critical, None";

    /// <summary>
    /// The enums used by settings, named here rather than found by reflection so the bot can be trimmed and compiled
    /// ahead of time (a test checks that every enum property of every settings class is listed).
    /// </summary>
    private static readonly Dictionary<string, string[]> Enums = new(StringComparer.Ordinal)
    {
        [typeof(StorageProvider).FullName!] = Enum.GetNames<StorageProvider>(),
        [typeof(HttpInteractions.InteractionMode).FullName!] = Enum.GetNames<HttpInteractions.InteractionMode>(),
    };

    /// <param name="typeName">The full name of the target type, e.g. <c>System.TimeSpan</c>.</param>
    public static string Describe(string typeName)
    {
        const string nullable = "System.Nullable`1[";
        var type = typeName.StartsWith(nullable, StringComparison.Ordinal)
            ? typeName[nullable.Length..].TrimStart('[').Split(',', ']')[0]
            : typeName;
        if (Enums.TryGetValue(type, out var names))
            return "one of " + string.Join(", ", names);
        return type switch
        {
            "System.TimeSpan" => "a duration such as 00:01:00 (hh:mm:ss) or 1.00:00:00 (d.hh:mm:ss)",
            "System.Int32" => $"a whole number (at most {int.MaxValue})",
            "System.Int64" => $"a whole number (at most {long.MaxValue})",
            "System.UInt64" => $"a whole number from 0 to {ulong.MaxValue} (e.g. a Discord id)",
            "System.Int16" or "System.Byte" or "System.UInt32" or "System.UInt16" or "System.SByte" => "a whole number",
            "System.Double" or "System.Single" or "System.Decimal" => "a number such as 1.5",
            "System.Boolean" => "true or false",
            "System.Uri" => "a URL such as https://discord.com/api",
            "System.DateTimeOffset" or "System.DateTime" => "a date and time such as 2026-12-03T20:15:00+01:00",
            "System.Guid" => "a GUID such as 7d4c2a36-0000-0000-0000-000000000000",
            _ => $"a value of type {type}",
        };
    }
}
