namespace NewsBot.Discord.Models;

/// <summary>A registered command as Discord returns it.</summary>
public sealed record ApplicationCommand
{
    public Snowflake Id { get; init; }
    public Snowflake ApplicationId { get; init; }
    public Snowflake? GuildId { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public Permissions? DefaultMemberPermissions { get; init; }
    public bool? Nsfw { get; init; }
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }
    public Snowflake? Version { get; init; }
}

/// <summary>One entry of a bulk overwrite (PUT …/commands).</summary>
public sealed record ApplicationCommandRequest
{
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public required string Description { get; init; }
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    /// <summary>Null: everyone; <see cref="Permissions.None"/>: administrators only.</summary>
    public Permissions? DefaultMemberPermissions { get; init; }
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }
    public ApplicationCommandType? Type { get; init; } = ApplicationCommandType.ChatInput;
}

public sealed record ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Autocomplete { get; init; }
}

public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
    PrimaryEntryPoint = 4,
}

#pragma warning disable CA1720 // Discord's names
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
#pragma warning restore CA1720

public enum InteractionContextType
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}

public enum ApplicationIntegrationType
{
    GuildInstall = 0,
    UserInstall = 1,
}
