namespace NewsBot.Messages;

/// <summary>
/// A button under a message. A pressable button carries a <see cref="CustomId"/> (<c>prefix:payload</c>, at most 100
/// characters; see <see cref="Interactions.CustomId"/>) that names its handler and holds all the state a press needs, so a
/// button keeps working after a restart; a link button carries a <see cref="Url"/> instead.
/// </summary>
public sealed record BotButton(string Label, string? CustomId, BotButtonStyle Style = BotButtonStyle.Secondary, string? Url = null, bool Disabled = false)
{
    public static BotButton Link(string label, string url) => new(label, null, BotButtonStyle.Link, url);
}

public enum BotButtonStyle
{
    Primary,
    Secondary,
    Success,
    Danger,
    Link,
}
