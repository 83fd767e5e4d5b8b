using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord;
using NewsBot.DiscordAdapters;
using NewsBot.Storage;

namespace NewsBot.Hosting;

/// <summary>Turns invalid settings into one paragraph an operator can act on (no stack trace).</summary>
internal static class StartupErrors
{
    public static string Describe(OptionsValidationException exception) => Describe([exception]);

    public static string Describe(IReadOnlyList<OptionsValidationException> exceptions)
    {
        var sections = exceptions.Select(e => SectionOf(e.OptionsType)).Distinct(StringComparer.Ordinal);
        var failures = exceptions.SelectMany(e => e.Failures).Distinct(StringComparer.Ordinal).Select(f => f.Trim().TrimEnd('.') + ".");
        return $"NewsBot cannot start: the settings of {string.Join(", ", sections)} are invalid. " +
               string.Join(" ", failures) +
               " Fix them in appsettings.json, user secrets or environment variables (e.g. Discord__Token); " +
               "appsettings.example.json lists every setting with its default.";
    }

    /// <summary>The validation failures inside <paramref name="exception"/>, or null when it is about something else.</summary>
    public static IReadOnlyList<OptionsValidationException>? ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException single => [single],
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.Flatten().InnerExceptions.Cast<OptionsValidationException>()],
        _ => null,
    };

    /// <summary>
    /// The configuration section of each settings class, named here rather than read by reflection so the bot can be
    /// trimmed and compiled ahead of time; any other class is named without "Options".
    /// </summary>
    private static readonly Dictionary<Type, string> Sections = new()
    {
        [typeof(DiscordClientOptions)] = DiscordClientOptions.Section,
        [typeof(DocumentsOptions)] = DocumentsOptions.SectionName,
        [typeof(ScheduleOptions)] = ScheduleOptions.Section,
        [typeof(StorageOptions)] = StorageOptions.Section,
        [typeof(BotOptions)] = BotOptions.Section,
        [typeof(AnnouncementOptions)] = AnnouncementOptions.Section,
    };

    private static string SectionOf(Type options) =>
        Sections.TryGetValue(options, out var section) ? section : options.Name.Replace("Options", "", StringComparison.Ordinal);
}
