using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// What the API gate needs to know of a route: whether its token authenticates it (interaction callbacks and
/// webhooks need no bot token), whether it is exempt from the global limit (callbacks), whether the message (or edit) limit
/// applies, and its bucket hash (stable per method and route, as Discord's X-RateLimit-Bucket is).
/// </summary>
internal sealed record RouteFacts(bool TokenAuthenticated, bool IsCallback, bool IsMessagePost, string Hash, bool IsMessageEdit = false)
{
    public static RouteFacts Of((string Method, string Pattern) route)
    {
        var (method, pattern) = route;
        return new RouteFacts(
            pattern.Contains("{interaction_token}", StringComparison.Ordinal) || pattern.Contains("{webhook_token}", StringComparison.Ordinal),
            pattern.EndsWith("/callback", StringComparison.Ordinal),
            method == HttpMethods.Post && pattern.EndsWith("channels/{channel_id}/messages", StringComparison.Ordinal),
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(method + " " + pattern)))[..32],
            method == HttpMethods.Patch && pattern.EndsWith("channels/{channel_id}/messages/{message_id}", StringComparison.Ordinal));
    }
}
