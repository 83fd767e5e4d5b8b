using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsBot.Startup;

namespace NewsBot.Hosting;

/// <summary>Turns invalid settings into one paragraph an operator can act on (no stack trace).</summary>
internal static class StartupErrors
{
    /// <summary>
    /// The paragraph for a start that failed on its settings — invalid (validation), not convertible to their type, or a
    /// database file that cannot be opened — or null when <paramref name="exception"/> is about something else.
    /// </summary>
    /// <param name="exception">What the start threw.</param>
    /// <param name="configuration">The bot's configuration, to find a setting that an error names only by its value.</param>
    public static string? TryDescribe(Exception exception, IConfiguration? configuration) =>
        ValidationFailures(exception) is { } failures
            ? Describe(failures)
            : SettingConversionErrors.Find(exception, configuration) is { } setting
                ? Describe(setting)
                : null;

    public static string Describe(OptionsValidationException exception) => Describe([exception]);

    public static string Describe(IReadOnlyList<OptionsValidationException> exceptions)
    {
        var sections = exceptions.Select(e => SettingsSections.Of(e.OptionsType)).Distinct(StringComparer.Ordinal);
        var failures = exceptions.SelectMany(e => e.Failures).Distinct(StringComparer.Ordinal).Select(f => f.Trim().TrimEnd('.') + ".");
        return $"NewsBot cannot start: the settings of {string.Join(", ", sections)} are invalid. " +
               string.Join(" ", failures) +
               " Fix them in appsettings.json, user secrets or environment variables (e.g. Discord__Token); " +
               "appsettings.example.json lists every setting with its default.";
    }

    /// <summary>One setting that cannot be used (not convertible to its type, or a database file that cannot be opened).</summary>
    public static string Describe(InvalidSettingException setting)
    {
        var environment = setting.Key.Replace(":", "__", StringComparison.Ordinal);
        return $"NewsBot cannot start: the setting {setting.Key} is '{OneLine(setting.Value)}', but it must be {OneLine(setting.Expected)}. " +
               $"Fix it in appsettings.json, user secrets, the environment ({environment}) or the command line " +
               $"(--{setting.Key}=…); appsettings.example.json lists every setting with its default.";
    }

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The validation failures inside <paramref name="exception"/>, or null when it is about something else.</summary>
    public static IReadOnlyList<OptionsValidationException>? ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException single => [single],
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. aggregate.Flatten().InnerExceptions.Cast<OptionsValidationException>()],
        _ => null,
    };
}
