namespace NewsBot.Discord.Models;

/// <summary>INTERACTION_CREATE's payload.</summary>
public sealed record Interaction
{
    public Snowflake Id { get; init; }
    public Snowflake ApplicationId { get; init; }
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    /// <summary>Set in DMs; in guilds the user is <c>Member.User</c>.</summary>
    public User? User { get; init; }
    public string Token { get; init; } = "";
    public int Version { get; init; }
    public Permissions? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }
    public int? Context { get; init; }
    public Message? Message { get; init; }

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
