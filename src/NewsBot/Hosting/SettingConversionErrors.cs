using Microsoft.Extensions.Configuration;
using NewsBot.Startup;

namespace NewsBot.Hosting;

/// <summary>
/// Recognises a setting that could not be converted to its type — an enum, duration, number, bool or URL of any section —
/// and names it: the configuration binder reports the key, the value and the target type in its message; the logging
/// filter reports only the value, so its key is looked up under <c>Logging</c>.
/// </summary>
internal static class SettingConversionErrors
{
    // The binder's message (reflection and source-generated alike), pinned by SettingConversionErrorsTests.
    private const string BinderPrefix = "Failed to convert configuration value '";
    private const string LogLevelPrefix = "Configuration value '";

    /// <summary>The unconvertible setting behind <paramref name="exception"/>, or null when it is about something else.</summary>
    public static InvalidSettingException? Find(Exception exception, IConfiguration? configuration)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InvalidSettingException setting)
                return setting;
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
                return Find(aggregate.InnerExceptions[0], configuration);
            if (current is InvalidOperationException && FromBinder(current) is { } converted)
                return converted;
            if (current is InvalidOperationException && FromLogLevel(current, configuration) is { } level)
                return level;
        }
        return null;
    }

    /// <summary>"Failed to convert configuration value 'abc' at 'Announcements:ClaimLease' to type 'System.TimeSpan'."</summary>
    private static InvalidSettingException? FromBinder(Exception exception)
    {
        var message = exception.Message;
        if (!message.StartsWith(BinderPrefix, StringComparison.Ordinal))
            return null;
        const string at = "' at '", toType = "' to type '";
        var typeStart = message.LastIndexOf(toType, StringComparison.Ordinal);
        var keyStart = typeStart < 0 ? -1 : message.LastIndexOf(at, typeStart, StringComparison.Ordinal);
        if (keyStart < BinderPrefix.Length - 1 || !message.EndsWith("'.", StringComparison.Ordinal))
            return null;
        var value = message[BinderPrefix.Length..keyStart];
        var key = message[(keyStart + at.Length)..typeStart];
        var type = message[(typeStart + toType.Length)..^2];
        return new InvalidSettingException(key, value, SettingExpectations.Describe(type), exception);
    }

    /// <summary>"Configuration value 'Nope' is not supported." from the logging filter: the key is found by its value.</summary>
    private static InvalidSettingException? FromLogLevel(Exception exception, IConfiguration? configuration)
    {
        var message = exception.Message;
        const string suffix = "' is not supported.";
        if (configuration is null || !message.StartsWith(LogLevelPrefix, StringComparison.Ordinal) || !message.EndsWith(suffix, StringComparison.Ordinal))
            return null;
        var value = message[LogLevelPrefix.Length..^suffix.Length];
        var key = configuration.GetSection("Logging").AsEnumerable()
            .Where(pair => pair.Value == value && pair.Key.Contains(":LogLevel:", StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return key is null ? null : new InvalidSettingException(key, value, SettingExpectations.LogLevel, exception);
    }
}
