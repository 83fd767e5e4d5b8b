namespace NewsBot.Discord.Rest;

/// <summary>
/// One request's route: the template names the rate-limit route, <see cref="MajorParameter"/> splits its bucket
/// (channel, guild, or webhook id with token), <see cref="Path"/> is what is sent. <see cref="Bucketless"/> routes
/// (interaction callbacks: one use per interaction id) get no bucket, only the global pause and their own 429's wait.
/// <see cref="ContentType"/> names a body that is not JSON (a multipart upload).
/// </summary>
internal sealed record DiscordRoute(
    HttpMethod Method, string Template, string Path, string MajorParameter, bool ExemptFromGlobalLimit = false, bool Bucketless = false,
    string? ContentType = null)
{
    /// <summary>Built on first use (bucketless routes mostly never need it), then reused by the rate limiter.</summary>
    public string RouteKey => field ??= $"{Method.Method} {Template}";

    public static string Escape(string segment) => Uri.EscapeDataString(segment);
}
