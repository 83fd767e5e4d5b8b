using System.Text.Json.Nodes;

namespace NewsBot.Sandbox.Control;

/// <summary>
/// An interaction to send to the bot. Unset ids default to the default guild, its #general channel and the
/// viewer member; <see cref="Permissions"/> overrides the member's computed permissions.
/// </summary>
public sealed record InteractionRequest(string CommandName)
{
    public int Type { get; init; } = 2;
    public ulong? GuildId { get; init; }
    public ulong? ChannelId { get; init; }
    public ulong? UserId { get; init; }
    public string? Username { get; init; }
    public string Locale { get; init; } = "de";
    public string? Permissions { get; init; }

    /// <summary>Options as Discord sends them (<c>[{"name","type","value"}]</c>); a missing type is taken from the registered command or the value.</summary>
    public JsonArray? Options { get; init; }
}
