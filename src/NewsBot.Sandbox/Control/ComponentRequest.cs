namespace NewsBot.Sandbox.Control;

/// <summary>
/// A member pressing a button: the message it is on and its custom id. Unset fields default like
/// <see cref="InteractionRequest"/> (default guild, the viewer member); <see cref="ChannelId"/> unset finds the message
/// in any channel of the guild, or among the member's own ephemeral replies.
/// </summary>
public sealed record ComponentRequest(ulong MessageId, string CustomId)
{
    public ulong? GuildId { get; init; }
    public ulong? ChannelId { get; init; }
    public ulong? UserId { get; init; }
    public string? Username { get; init; }
    public string Locale { get; init; } = "de";
    public string? Permissions { get; init; }
}
