namespace NewsBot.Discord.Models;

/// <summary>
/// INTERACTION_CREATE's payload. Settable rather than init-only, like the other models read per interaction: the JSON
/// source generator reads init-only types through its boxing constructor path, which showed in profiles.
/// </summary>
public sealed record Interaction
{
    public Snowflake Id { get; set; }
    public Snowflake ApplicationId { get; set; }
    public InteractionType Type { get; set; }
    public InteractionData? Data { get; set; }
    public Snowflake? GuildId { get; set; }
    public Snowflake? ChannelId { get; set; }
    public GuildMember? Member { get; set; }
    /// <summary>Set in DMs; in guilds the user is <c>Member.User</c>.</summary>
    public User? User { get; set; }
    public string Token { get; set; } = "";
    public int Version { get; set; }
    public Permissions? AppPermissions { get; set; }
    public string? Locale { get; set; }
    public string? GuildLocale { get; set; }
    public int? Context { get; set; }
    public Message? Message { get; set; }

    /// <summary>Whoever invoked it, in a guild or a DM.</summary>
    public User? Invoker => Member?.User ?? User;
}

public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
