using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Streams;

/// <summary>Reads the start, end, zone and link options of /streams, or says in the moderator's language what is wrong.</summary>
internal static class StreamInput
{
    /// <summary>The start read in <paramref name="zone"/> relative to <paramref name="now"/>, or the message why not.</summary>
    public static StartTimeResult.Understood? Start(string given, string zone, DateTimeOffset now, StreamTexts texts, out string? error) =>
        Read(given, zone, now, texts, texts.StartNotUnderstood, out error);

    /// <summary>The end, read relative to the start (so a bare "21:00" is the next 21:00 after it).</summary>
    public static StartTimeResult.Understood? End(string given, string zone, DateTimeOffset start, StreamTexts texts, out string? error) =>
        Read(given, zone, start, texts, texts.EndNotUnderstood, out error);

    /// <summary>An absolute http(s) link, null when none was given; false with a message when it is not one.</summary>
    public static bool TryLink(string? given, StreamTexts texts, out Uri? link, out string? error)
    {
        link = null;
        error = null;
        if (given is null)
            return true;
        if (Uri.TryCreate(given, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            link = uri;
            return true;
        }
        error = texts.BadLink(Quote(given));
        return false;
    }

    /// <summary>A zone the moderator typed, checked; false with a message when it is unknown.</summary>
    public static bool TryZone(string zone, StreamTexts texts, out string? error)
    {
        error = StartTimeParser.IsKnownZone(zone) ? null : texts.UnknownZone(Quote(zone));
        return error is null;
    }

    /// <summary>The moderator's own words, made safe and short for a reply.</summary>
    public static string Quote(string given) => DiscordText.Truncate(DiscordText.Safe(given), 100);

    private static StartTimeResult.Understood? Read(
        string given, string zone, DateTimeOffset relativeTo, StreamTexts texts, Func<string, string> notUnderstood, out string? error)
    {
        var result = StartTimeParser.Parse(given, zone, relativeTo);
        error = result switch
        {
            StartTimeResult.Understood => null,
            StartTimeResult.Rejected { Problem: StartTimeProblem.NoTime } => texts.NoTime,
            StartTimeResult.Rejected { Problem: StartTimeProblem.NoSuchDate, Detail: { } part } => texts.NoSuchDate(Quote(part)),
            StartTimeResult.Rejected { Problem: StartTimeProblem.NonexistentLocalTime, Detail: { } local } => texts.Nonexistent(local, zone),
            StartTimeResult.Rejected { Problem: StartTimeProblem.UnknownTimeZone } => texts.UnknownZone(Quote(zone)),
            _ => notUnderstood(Quote(given)),
        };
        return result as StartTimeResult.Understood;
    }
}
