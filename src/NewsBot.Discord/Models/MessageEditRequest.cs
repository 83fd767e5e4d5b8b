namespace NewsBot.Discord.Models;

/// <summary>PATCH /channels/{id}/messages/{id}: fields left null stay as they are. Only the author may edit.</summary>
public sealed record MessageEditRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public required AllowedMentions AllowedMentions { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
}
