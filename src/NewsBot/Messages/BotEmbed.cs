namespace NewsBot.Messages;

/// <summary>An embed in Discord's shape and within Discord's limits (title 256, description 4,096, 25 fields, 6,000 in all).</summary>
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
