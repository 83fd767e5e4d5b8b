namespace NewsBot.Messages;

/// <summary>An embed in Discord's shape; fitted to Discord's limits where it leaves (<see cref="MessageFit"/>).</summary>
public sealed record BotEmbed(
    string? Title,
    string? Description,
    IReadOnlyList<BotEmbedField> Fields,
    string? Url = null,
    string? Footer = null,
    int? Color = null,
    DateTimeOffset? Timestamp = null);

/// <summary>A field of an embed (name ≤ 256, value ≤ 1,024).</summary>
public sealed record BotEmbedField(string Name, string Value, bool Inline = false);
