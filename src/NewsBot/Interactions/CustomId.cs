namespace NewsBot.Interactions;

/// <summary>
/// Custom ids of buttons and modals: <c>prefix:payload</c>. The prefix names the handler; the payload holds what the
/// press needs (ids, a page, a choice), so nothing has to be remembered between the message and the press. Discord
/// allows 100 characters in all.
/// </summary>
public static class CustomId
{
    public const int MaxLength = 100;
    private const char Separator = ':';

    /// <summary><c>prefix:payload</c>; throws when the prefix holds a ':' or is empty, or the whole is longer than 100 characters.</summary>
    public static string Compose(string prefix, string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(payload);
        if (prefix.Contains(Separator, StringComparison.Ordinal))
            throw new ArgumentException($"A custom id prefix has no '{Separator}': {prefix}", nameof(prefix));
        var customId = prefix + Separator + payload;
        return customId.Length <= MaxLength
            ? customId
            : throw new ArgumentException($"A custom id has at most {MaxLength} characters; '{prefix}' with this payload has {customId.Length}.", nameof(payload));
    }

    /// <summary><c>prefix:payload</c>, or null when it would be longer than 100 characters (e.g. an unusually long id in the payload).</summary>
    public static string? TryCompose(string prefix, string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(payload);
        return prefix.Length + 1 + payload.Length <= MaxLength ? Compose(prefix, payload) : null;
    }

    /// <summary>
    /// The prefix (before the first ':') and the payload (after it; empty when there is no ':'). Any text is split, however
    /// long or odd: the router looks the prefix up and answers an unknown one, so nothing here trusts the id.
    /// </summary>
    public static (string Prefix, string Payload) Split(string customId)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var at = customId.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (customId, "") : (customId[..at], customId[(at + 1)..]);
    }
}
