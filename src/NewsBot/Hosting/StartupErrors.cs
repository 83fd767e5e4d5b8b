using Microsoft.Extensions.Options;

namespace NewsBot.Hosting;

/// <summary>Turns invalid settings into one paragraph an operator can act on (no stack trace).</summary>
internal static class StartupErrors
{
    public static string Describe(OptionsValidationException exception)
    {
        var section = exception.OptionsType.Name.Replace("Options", "", StringComparison.Ordinal);
        var failures = exception.Failures.Distinct(StringComparer.Ordinal).ToList();
        return $"NewsBot cannot start: the settings of {section} are invalid. " +
               string.Join(" ", failures.Select(f => f.TrimEnd('.') + ".")) +
               " Fix them in appsettings.json, user secrets or environment variables (e.g. Discord__Token); " +
               "appsettings.example.json lists every setting with its default.";
    }
}
