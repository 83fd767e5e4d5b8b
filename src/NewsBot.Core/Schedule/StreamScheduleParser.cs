using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Schedule;

/// <summary>
/// Reads <c>config/streams.json</c>: <c>{ "streams": [ { "discussion", "start", "end"?, "timeZone"?, "link"? } ] }</c>
/// (a bare array is accepted too). Malformed entries reject the whole file (the caller keeps the last good schedule);
/// streams that are over or whose discussion is not loaded are left out with a warning.
/// </summary>
internal static partial class StreamScheduleParser
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK"];

    /// <param name="json">The file content.</param>
    /// <param name="defaultTimeZone">The zone of times without offset when an entry names none.</param>
    /// <param name="isKnownDiscussion">Whether a discussion id is loaded.</param>
    /// <param name="now">Streams over before this are left out.</param>
    /// <param name="defaultDuration">How long a stream without an end lasts.</param>
    public static ScheduleParseResult Parse(
        string json, string defaultTimeZone, Func<string, bool> isKnownDiscussion, DateTimeOffset now, TimeSpan defaultDuration)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return new ScheduleParseResult.Rejected([$"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("streams", out var list))
                root = list;
            if (root.ValueKind != JsonValueKind.Array)
                return new ScheduleParseResult.Rejected(["expected an object with a \"streams\" array (or an array of streams)"]);

            var errors = new List<string>();
            var warnings = new List<string>();
            var streams = new List<StreamEntry>();
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                index++;
                var entry = ParseEntry(element, index, defaultTimeZone, errors);
                if (entry is null)
                    continue;
                var name = $"stream #{index} ({entry.DiscussionId})";
                if ((entry.EndsAt ?? entry.StartsAt + defaultDuration) <= now)
                    warnings.Add($"{name}: left out, it is over (start {entry.StartsAt:u})");
                else if (!isKnownDiscussion(entry.DiscussionId))
                    warnings.Add($"{name}: left out, field \"discussion\": no loaded document has the id '{entry.DiscussionId}'");
                else
                    streams.Add(entry);
            }

            if (errors.Count > 0)
                return new ScheduleParseResult.Rejected(errors);
            return new ScheduleParseResult.Parsed(
                [.. streams.OrderBy(s => s.StartsAt).ThenBy(s => s.DiscussionId, StringComparer.Ordinal)], warnings);
        }
    }

    private static StreamEntry? ParseEntry(JsonElement element, int index, string defaultTimeZone, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"stream #{index}: expected an object");
            return null;
        }

        var discussion = ReadString(element, "discussion");
        var name = string.IsNullOrWhiteSpace(discussion) ? $"stream #{index}" : $"stream #{index} ({discussion})";
        var errorCount = errors.Count;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is not ("discussion" or "start" or "end" or "timeZone" or "link"))
                errors.Add($"{name}: unknown field \"{property.Name}\" (expected discussion, start, end, timeZone, link)");
        }

        if (string.IsNullOrWhiteSpace(discussion))
            errors.Add($"{name}: field \"discussion\" is missing (the document id, e.g. 000_8dbe49e802ff1033)");

        var zoneId = ReadString(element, "timeZone") ?? defaultTimeZone;
        if (!TimeZoneLookup.TryFind(zoneId, out var zone))
            errors.Add($"{name}: field \"timeZone\": '{zoneId}' is not a known IANA time zone (e.g. Europe/Berlin)");

        var start = ReadInstant(element, "start", zone, name, required: true, errors);
        var end = ReadInstant(element, "end", zone, name, required: false, errors);
        if (start is { } s && end is { } e && e <= s)
            errors.Add($"{name}: field \"end\" ({e:u}) is not after \"start\" ({s:u})");

        Uri? link = null;
        var linkText = ReadString(element, "link");
        if (linkText is not null)
        {
            if (!Uri.TryCreate(linkText, UriKind.Absolute, out link) || link.Scheme is not ("https" or "http"))
                errors.Add($"{name}: field \"link\": '{linkText}' is not an absolute http(s) URL");
        }

        if (errors.Count > errorCount || discussion is null || start is null || zone is null)
            return null;
        return new StreamEntry(discussion, start.Value, end, link, zone.Id);
    }

    private static string? ReadString(JsonElement element, string field) =>
        element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? ReadInstant(
        JsonElement element, string field, TimeZoneInfo? zone, string name, bool required, List<string> errors)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors.Add($"{name}: field \"{field}\" is missing (e.g. \"2026-12-03T20:15\")");
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText();
        if (HasOffset().IsMatch(text))
        {
            if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
                return withOffset.ToUniversalTime();
        }
        else if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (zone is null)
                return null;
            if (LocalTimeResolver.TryResolve(local, zone, out var instant, out var error))
                return instant;
            errors.Add($"{name}: field \"{field}\": {error}");
            return null;
        }

        errors.Add($"{name}: field \"{field}\": '{text}' is not a time like 2026-12-03T20:15 or 2026-12-03T20:15+01:00");
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex HasOffset();
}
