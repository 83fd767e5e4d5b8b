using System.Text.Json;
using NewsBot.Core.Documents;

namespace NewsBot.Web.Pages;

/// <summary>
/// Finds schema.org events in JSON-LD blocks: top-level objects, arrays, <c>@graph</c> and nested objects (a
/// <c>TVEpisode</c>'s <c>publication</c>), any <c>@type</c> ending in "Event". A broken block is skipped, not fatal.
/// </summary>
internal static class JsonLdEvents
{
    private const int MaxPerPage = 20;
    private const int MaxPeople = 20;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static void Collect(string json, List<PageEvent> into)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            Walk(document.RootElement, parent: null, into, depth: 0);
        }
        catch (JsonException)
        {
            // Pages ship broken JSON-LD often enough; the text still speaks for the page.
        }
    }

    private static void Walk(JsonElement element, JsonElement? parent, List<PageEvent> into, int depth)
    {
        if (into.Count >= MaxPerPage || depth > 16)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Walk(item, parent, into, depth + 1);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
            return;
        if (EventType(element) is { } type)
            into.Add(Read(element, type, parent));
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                && property.Name is not ("performer" or "actor" or "organizer" or "location"))
                Walk(property.Value, element, into, depth + 1);
        }
    }

    /// <summary>An event nested in another object (a <c>TVEpisode</c>'s <c>publication</c>) takes its name and people from there when it has none.</summary>
    private static PageEvent Read(JsonElement e, string type, JsonElement? parent)
    {
        var people = new List<Expert>();
        AddPeople(e, "performer", people);
        AddPeople(e, "actor", people);
        if (people.Count == 0 && parent is { } outer)
        {
            AddPeople(outer, "performer", people);
            AddPeople(outer, "actor", people);
        }

        return new PageEvent(
            type,
            Text(e, "name") ?? (parent is { } p ? Text(p, "name") : null),
            IsoMoment.Parse(Text(e, "startDate")),
            IsoMoment.Parse(Text(e, "endDate")),
            people,
            NameOf(e, "organizer"),
            Text(e, "url"));
    }

    private static string? EventType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
            return null;
        if (type.ValueKind == JsonValueKind.String)
            return IsEvent(type.GetString()) ? type.GetString() : null;
        if (type.ValueKind == JsonValueKind.Array)
            return type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()).FirstOrDefault(IsEvent);
        return null;
    }

    private static bool IsEvent(string? type) =>
        type is not null && type.EndsWith("Event", StringComparison.Ordinal) && !type.Contains("Action", StringComparison.Ordinal);

    private static void AddPeople(JsonElement e, string property, List<Expert> into)
    {
        if (!e.TryGetProperty(property, out var value))
            return;
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        foreach (var item in items)
        {
            if (into.Count >= MaxPeople)
                return;
            var expert = item.ValueKind switch
            {
                JsonValueKind.String => Clean(item.GetString()) is { } n ? new Expert(n, null, null) : null,
                JsonValueKind.Object => Text(item, "name") is { } n ? new Expert(n, Text(item, "jobTitle"), NameOf(item, "affiliation") ?? NameOf(item, "worksFor")) : null,
                _ => null,
            };
            if (expert is not null && into.TrueForAll(x => x.Name != expert.Name))
                into.Add(expert);
        }
    }

    /// <summary>A property that is a name as a string, an object with a name, or an array of either (the first).</summary>
    private static string? NameOf(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Object => Text(value, "name"),
            _ => null,
        };
    }

    private static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : DocumentDecoder.Normalize(trimmed);
    }
}
