using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NewsBot.Startup;

namespace NewsBot.Hosting;

/// <summary>
/// The console log format, by the console logger's own key <c>Logging:Console:FormatterName</c>: <c>simple</c> (default:
/// one line per event, local time), <c>json</c> (one JSON object per line, UTC, for log collectors) or <c>systemd</c>
/// (journald's priority prefixes). The key is read here because configuring the simple format would otherwise override it.
/// </summary>
internal static class ConsoleLogFormat
{
    public const string Key = "Logging:Console:FormatterName";

    public static void Apply(ILoggingBuilder logging, IConfiguration configuration)
    {
        var name = configuration[Key]?.Trim();
        switch (name?.ToLowerInvariant())
        {
            case null or "" or ConsoleFormatterNames.Simple:
                logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                });
                break;
            case ConsoleFormatterNames.Json:
                logging.AddJsonConsole(o =>
                {
                    o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                    o.UseUtcTimestamp = true;
                    // Umlauts as written (log collectors read UTF-8), not as \u00E4 escapes meant for HTML pages.
                    o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions
                    {
                        Indented = false,
                        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                    };
                });
                break;
            case ConsoleFormatterNames.Systemd:
                logging.AddSystemdConsole(o => o.UseUtcTimestamp = true);
                break;
            default:
                throw new InvalidSettingException(Key, name, "one of simple, json, systemd");
        }
    }
}
