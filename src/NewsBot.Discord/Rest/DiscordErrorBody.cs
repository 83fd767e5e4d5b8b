using System.Text.Json;

namespace NewsBot.Discord.Rest;

/// <summary>Discord's JSON error body, also the 429 body (<c>retry_after</c>, <c>global</c>).</summary>
internal sealed record DiscordErrorBody
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public JsonElement? Errors { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }
}
