namespace NewsBot.Discord.Rest;

/// <summary>
/// One request's route: the template names the rate-limit route, <see cref="MajorParameter"/> splits its bucket
/// (channel, guild, or webhook id with token), <see cref="Path"/> is what is sent.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool ExemptFromGlobalLimit = false)
{
    /// <summary>Computed once: the rate limiter reads it several times per request.</summary>
    public string RouteKey { get; } = $"{Method.Method} {Template}";

    public static string Escape(string segment) => Uri.EscapeDataString(segment);
}
