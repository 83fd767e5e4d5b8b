using System.Text.Json.Serialization;
using NewsBot.Core.Documents;

namespace NewsBot.Cli;

/// <summary>What <c>inspect --json</c> prints for one document.</summary>
internal sealed record InspectedDocument(
    string Id,
    string Headline,
    string StreamTitle,
    string? Show,
    string? Host,
    string Language,
    IReadOnlyList<InspectedExpert> Panel,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Paragraphs,
    string? Start,
    string? End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<InspectedReason>? Explanation = null)
{
    public static InspectedDocument From(Discussion d, IReadOnlyList<string> summary, ParseExplanation? explanation = null) => new(
        d.Id,
        d.Headline,
        d.StreamTitle,
        d.Show,
        d.Host,
        d.Language == DocumentLanguage.English ? "en" : "de",
        d.Panel.Select(e => new InspectedExpert(e.Name, e.Role, e.Affiliation)).ToArray(),
        d.Questions,
        summary,
        d.Paragraphs,
        d.Broadcast?.Start.ToString(),
        d.Broadcast?.End?.ToString(),
        explanation?.Entries.Select(e => new InspectedReason(e.Field, e.Value, e.Rule, e.Line, e.Accepted)).ToArray());
}

/// <summary>One decision of the reader, as <c>inspect --explain --json</c> prints it.</summary>
internal sealed record InspectedReason(string Field, string? Value, string Rule, int? Line, bool Accepted);

internal sealed record InspectedExpert(string Name, string? Role, string? Affiliation);

/// <summary>What <c>inspect --json</c> prints for a feed URL.</summary>
internal sealed record InspectedFeed(string Url, string? Title, IReadOnlyList<InspectedFeedItem> Items);

internal sealed record InspectedFeedItem(string Id, string? Link, string? Title, string? Published);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(InspectedDocument))]
[JsonSerializable(typeof(InspectedDocument[]))]
[JsonSerializable(typeof(InspectedFeed))]
internal sealed partial class InspectJsonContext : JsonSerializerContext;
