namespace NewsBot.Discord.Models;

/// <summary>POST /channels/{id}/messages. <see cref="AllowedMentions"/> is required: nothing leaves without it.</summary>
public sealed record MessageCreateRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public required AllowedMentions AllowedMentions { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public MessageFlags? Flags { get; init; }
    /// <summary>Up to 25 characters. With <see cref="EnforceNonce"/> a retry cannot double-post.</summary>
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
    /// <summary>With files: one entry per file, <c>id</c> = its index n in <c>files[n]</c>.</summary>
    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }

    internal bool IsIdempotent => Nonce is not null && EnforceNonce == true;
}
