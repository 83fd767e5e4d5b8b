using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>Settable so reading it takes the source generator's setter path (see <see cref="Interaction"/>).</summary>
public sealed record Message
{
    public Snowflake Id { get; set; }
    public Snowflake ChannelId { get; set; }
    public Snowflake? GuildId { get; set; }
    public User? Author { get; set; }
    public string Content { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public IReadOnlyList<Embed> Embeds { get; set; } = [];
    public IReadOnlyList<Component>? Components { get; set; }
    public IReadOnlyList<Attachment>? Attachments { get; set; }
    public MessageFlags? Flags { get; set; }
    /// <summary>A string or an integer, echoed back as sent.</summary>
    public JsonElement? Nonce { get; set; }
}
