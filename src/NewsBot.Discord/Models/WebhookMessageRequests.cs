namespace NewsBot.Discord.Models;

/// <summary>POST /webhooks/{app}/{token}: an interaction follow-up.</summary>
public sealed record WebhookMessageCreateRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public required AllowedMentions AllowedMentions { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public MessageFlags? Flags { get; init; }
}

/// <summary>PATCH /webhooks/{app}/{token}/messages/@original: finishes a deferred reply.</summary>
public sealed record WebhookMessageEditRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public required AllowedMentions AllowedMentions { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
}
