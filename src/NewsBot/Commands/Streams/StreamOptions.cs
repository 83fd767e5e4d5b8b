using NewsBot.Commands.Discussions;

namespace NewsBot.Commands.Streams;

/// <summary>The options of the /streams subcommands (English names; German ones shown in German clients).</summary>
internal static class StreamOptions
{
    public const string Discussion = DiscussionOption.Name;
    public const string Stream = "stream";
    public const string Start = "start";
    public const string End = "end";
    public const string Link = "link";
    public const string TimeZone = "time_zone";

    public static SlashCommandOption DiscussionRequired { get; } = new(Discussion, "Which discussion", SlashCommandOptionType.String, Required: true)
    {
        NameLocalizations = Localizations.German("diskussion"),
        DescriptionLocalizations = Localizations.German("Welche Diskussion"),
        Autocomplete = true,
    };

    public static SlashCommandOption StreamRequired { get; } = new(Stream, "Which of this server's streams", SlashCommandOptionType.String, Required: true)
    {
        NameLocalizations = Localizations.German("termin"),
        DescriptionLocalizations = Localizations.German("Welcher Stream dieses Servers"),
        Autocomplete = true,
    };

    public static SlashCommandOption StartRequired { get; } =
        new(Start, "When it starts, e.g. 2026-12-03 20:15, 03.12.2026 20:15, tomorrow 6 pm, Thu 8:15 pm", SlashCommandOptionType.String, Required: true)
        {
            NameLocalizations = Localizations.German("beginn"),
            DescriptionLocalizations = Localizations.German("Wann er beginnt, z. B. 03.12.2026 20:15, heute 20:15, morgen 18 Uhr, Do 20:15"),
            Autocomplete = true,
        };

    public static SlashCommandOption EndOptional { get; } = new(End, "When it ends (default: an hour after the start)", SlashCommandOptionType.String)
    {
        NameLocalizations = Localizations.German("ende"),
        DescriptionLocalizations = Localizations.German("Wann er endet (sonst eine Stunde nach Beginn)"),
        Autocomplete = true,
    };

    public static SlashCommandOption LinkOptional { get; } = new(Link, "Where to watch (an http(s) address)", SlashCommandOptionType.String)
    {
        NameLocalizations = Localizations.German("link"),
        DescriptionLocalizations = Localizations.German("Wo er läuft (eine http(s)-Adresse)"),
    };

    public static SlashCommandOption TimeZoneOptional { get; } =
        new(TimeZone, "Time zone of start and end, e.g. Europe/Berlin (default: the server's)", SlashCommandOptionType.String)
        {
            NameLocalizations = Localizations.German("zeitzone"),
            DescriptionLocalizations = Localizations.German("Zeitzone von Beginn und Ende, z. B. Europe/Berlin (sonst die des Servers)"),
            Autocomplete = true,
        };
}
