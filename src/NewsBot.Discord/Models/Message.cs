using System.Text.Json;

namespace NewsBot.Discord.Models;

public sealed record Message
{
    public Snowflake Id { get; init; }
    public Snowflake ChannelId { get; init; }
    public Snowflake? GuildId { get; init; }
    public User? Author { get; init; }
    public string Content { get; init; } = "";
    public DateTimeOffset Timestamp { get; init; }
    public IReadOnlyList<Embed> Embeds { get; init; } = [];
    public IReadOnlyList<Component>? Components { get; init; }
    public MessageFlags? Flags { get; init; }
    /// <summary>A string or an integer, echoed back as sent.</summary>
    public JsonElement? Nonce { get; init; }
}
